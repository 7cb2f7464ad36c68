import { applyCamera, fitCamera } from './camera';
import { round1, textWidth } from './labels';
import { shapeId } from './shapeId';
import type { Basemap, Box, Camera, Point, Rect } from './types';

/** A view is zoomed when its region is narrower than this share of the whole of Iraq. */
const ZOOMED = 0.7;
/** The locator's side, and its distance from the frame's corner. */
const LOCATOR = { size: 64, inset: 4 };
/** Scale bar lengths to choose from, and the screen length it aims for. */
const SCALE_KM = [5, 10, 20, 25, 50, 100, 200, 250, 500];
const SCALE = { minPx: 48, maxPx: 110, inset: 6, height: 24 };
/** A river's name needs this much of its line in view beyond its own length. */
const RIVER_MARGIN = 16;
/** Where along a river's visible run its name may sit, tried in this order. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8];

export const isZoomed = (basemap: Basemap, region: Box) =>
	region[2] - region[0] < ZOOMED * (basemap.cameras.iraq[2] - basemap.cameras.iraq[0]);

export interface LocatorLayout {
	box: Rect;
	/** The outline drawn in it: Iraq. */
	shape: string;
	/** Places the Iraq outline in the locator. */
	camera: Camera;
	/** The main map's view, in the locator. */
	view: Rect;
}

/** A small map of Iraq in the frame's top-right corner, with the main view drawn on it. */
export function layoutLocator(basemap: Basemap, camera: Camera, frame: Box): LocatorLayout {
	const { size, inset } = LOCATOR;
	const box: Box = [frame[2] - size - inset, frame[1] + inset, frame[2] - inset, frame[1] + inset + size];
	const small = fitCamera(basemap.cameras.iraq, [box[0] + 3, box[1] + 3, box[2] - 3, box[3] - 3]);
	// The frame's corners in reference space, then in the locator.
	const toRef = ([x, y]: Point): Point => [(x - camera.x) / camera.k, (y - camera.y) / camera.k];
	const [a, b] = [applyCamera(small, toRef([frame[0], frame[1]])), applyCamera(small, toRef([frame[2], frame[3]]))];
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
	const view: Box = [clamp(a[0], box[0], box[2]), clamp(a[1], box[1], box[3]), clamp(b[0], box[0], box[2]), clamp(b[1], box[1], box[3])];
	return { box: toRect(box), shape: shapeId('c', 'Iraq'), camera: { k: round5(small.k), x: round1(small.x), y: round1(small.y) }, view: toRect(view) };
}

export interface ScaleBarLayout {
	x: number;
	y: number;
	width: number;
	label: string;
	size: number;
	box: Box;
}

/** A kilometre scale bar in the frame's bottom-right corner, a round length between 48 and 110 pixels. */
export function layoutScaleBar(basemap: Basemap, camera: Camera, frame: Box, size: number, template = '{n} km'): ScaleBarLayout | null {
	const pxPerKm = camera.k / basemap.kmPerUnit;
	const km = SCALE_KM.find((k) => k * pxPerKm >= SCALE.minPx) ?? SCALE_KM.at(-1)!;
	const width = round1(km * pxPerKm);
	if (width > SCALE.maxPx * 2) return null;
	const label = template.replace('{n}', String(km));
	const right = frame[2] - SCALE.inset;
	const w = Math.max(width, textWidth(label, size));
	const x = round1(right - width);
	const y = round1(frame[3] - SCALE.inset);
	return { x, y, width, label, size, box: [right - w - 4, y - SCALE.height, right + 2, y + 2] };
}

/**
 * Candidate places for a river's name: points along the longest run of the river inside the frame,
 * each with the angle of the line there, turned so the name never reads upside down.
 */
export function riverSpots(lines: readonly Point[][], camera: Camera, frame: Box, width: number): { at: Point; angle: number }[] {
	const inside = ([x, y]: Point) => x > frame[0] && x < frame[2] && y > frame[1] && y < frame[3];
	let best: Point[] = [];
	for (const line of lines) {
		let run: Point[] = [];
		for (const p of line.map((q) => applyCamera(camera, q))) {
			if (inside(p)) run.push(p);
			else {
				if (length(run) > length(best)) best = run;
				run = [];
			}
		}
		if (length(run) > length(best)) best = run;
	}
	const total = length(best);
	if (total < width + 2 * RIVER_MARGIN) return [];
	const half = width / 2;
	return ALONG.flatMap((t) => {
		const mid = total * t;
		if (mid - half < RIVER_MARGIN / 2 || mid + half > total - RIVER_MARGIN / 2) return [];
		const [p, q] = [pointAt(best, mid - half), pointAt(best, mid + half)];
		let angle = (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
		if (angle > 90) angle -= 180;
		if (angle < -90) angle += 180;
		const at = pointAt(best, mid);
		return [{ at: [round1(at[0]), round1(at[1])] as Point, angle: round1(angle) }];
	});
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

export const toRect = ([x0, y0, x1, y1]: Box): Rect => ({ x: round1(x0), y: round1(y0), width: round1(x1 - x0), height: round1(y1 - y0) });

function length(line: readonly Point[]): number {
	let n = 0;
	for (let i = 1; i < line.length; i++) n += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
	return n;
}

function pointAt(line: readonly Point[], distance: number): Point {
	let left = distance;
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1]!, line[i]!];
		const seg = Math.hypot(b[0] - a[0], b[1] - a[1]);
		if (left <= seg) return [a[0] + ((b[0] - a[0]) * left) / (seg || 1), a[1] + ((b[1] - a[1]) * left) / (seg || 1)];
		left -= seg;
	}
	return line.at(-1)!;
}
