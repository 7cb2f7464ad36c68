import type { Box, Camera, Point } from './types';
import { textWidth, wrapText } from './labels';

/** Fits a reference-space box into a screen rectangle, centred, keeping the aspect (as d3's fitExtent). */
export function fitCamera(box: Box, extent: Box): Camera {
	const [x0, y0, x1, y1] = box;
	const [e0, f0, e1, f1] = extent;
	const k = Math.min((e1 - e0) / Math.max(1e-9, x1 - x0), (f1 - f0) / Math.max(1e-9, y1 - y0));
	return { k, x: (e0 + e1) / 2 - (k * (x0 + x1)) / 2, y: (f0 + f1) / 2 - (k * (y0 + y1)) / 2 };
}

export const applyCamera = (c: Camera, [x, y]: Point): Point => [x * c.k + c.x, y * c.k + c.y];

/**
 * The part of the graphic a step's map should fit into. On phones the step cards scroll over the
 * lower part of the screen, so the map keeps to the top; on desktops it uses the whole stage.
 */
export function mapExtent(width: number, height: number, overlay: boolean): Box {
	if (!overlay) return [32, 32, width - 32, height - 40];
	return [12, 12, width - 12, Math.max(160, Math.round(height * 0.56))];
}

export const NOTE_SIZE = 14;
const NOTE_LINE = 18;
const NOTE_PAD = 10;

export interface NoteLayout {
	lines: string[];
	box: Box;
}

/**
 * Where a map's note goes and what is left for the map. Where cards scroll over the lower screen
 * (`overlay`) the note sits at the top and the map fits below it; elsewhere the note sits in the
 * frame's bottom-left corner and labels keep out of it.
 */
export function layoutNote(note: string | undefined, frame: Box, overlay: boolean): { note?: NoteLayout; mapFrame: Box } {
	const lines = wrapText(note ?? '', Math.min(240, frame[2] - frame[0] - 2 * NOTE_PAD), NOTE_SIZE);
	if (!lines.length) return { mapFrame: frame };
	const w = Math.max(...lines.map((l) => textWidth(l, NOTE_SIZE))) + 2 * NOTE_PAD;
	const h = lines.length * NOTE_LINE + 14;
	if (overlay) {
		const box: Box = [frame[0], frame[1], frame[0] + w, frame[1] + h];
		return { note: { lines, box }, mapFrame: [frame[0], box[3] + 4, frame[2], frame[3]] };
	}
	return { note: { lines, box: [frame[0], frame[3] - h, frame[0] + w, frame[3]] }, mapFrame: frame };
}

/** True when two cameras frame the same view (to a hundredth of a pixel). */
export const sameCamera = (a: Camera, b: Camera) =>
	Math.abs(a.k - b.k) < 1e-6 && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;

/**
 * Camera interpolation for a zoom that feels even: the scale moves geometrically and the reference
 * point under `centre` (a screen point) moves in a straight line. t in [0, 1].
 */
export function interpolateCamera(a: Camera, b: Camera, centre: Point) {
	const [cx, cy] = centre;
	const ra: Point = [(cx - a.x) / a.k, (cy - a.y) / a.k];
	const rb: Point = [(cx - b.x) / b.k, (cy - b.y) / b.k];
	return (t: number): Camera => {
		const k = a.k * Math.pow(b.k / a.k, t);
		const rx = ra[0] + (rb[0] - ra[0]) * t;
		const ry = ra[1] + (rb[1] - ra[1]) * t;
		return { k, x: cx - rx * k, y: cy - ry * k };
	};
}
