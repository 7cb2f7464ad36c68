import { applyCamera } from './camera';
import { placeLabels, type LabelRequest, type PlacedLabel } from './labels';
import { ARROW_LABELS } from './legend';
import type { Arrow, Basemap, Box, Camera, MapState, Point } from './types';

export interface ArrowLayout {
	kind: Arrow['kind'];
	d: string;
	label: string;
	/** Where the arrow's label is anchored. */
	mid: Point;
	/** The arrow's end and its direction there, in degrees (for arrowheads drawn without SVG markers). */
	tip: { at: Point; angle: number };
}

/** Marker dots keep this far from an arrow's ends. */
const DOT_GAP = 7;

const trim = (from: Point, to: Point, by: number): Point => {
	const dx = to[0] - from[0];
	const dy = to[1] - from[1];
	const len = Math.hypot(dx, dy) || 1;
	return [to[0] - (dx / len) * by, to[1] - (dy / len) * by];
};

function arrowPath(points: Point[]): { d: string; from: Point } {
	if (points.length === 2) {
		// A gentle arc, so two arrows from one place never lie on top of each other.
		const [a, b] = [points[0]!, points[1]!];
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		const c: Point = [(a[0] + b[0]) / 2 - dy * 0.2, (a[1] + b[1]) / 2 + dx * 0.2];
		return { d: `M${a[0]},${a[1]}Q${c[0]},${c[1]} ${b[0]},${b[1]}`, from: c };
	}
	return { d: 'M' + points.map((p) => `${p[0]},${p[1]}`).join('L'), from: points.at(-2)! };
}

/** Arrows in screen space for a camera, ends trimmed clear of the marker dots. */
export function layoutArrows(basemap: Basemap, arrows: readonly Arrow[], camera: Camera): ArrowLayout[] {
	return arrows.flatMap((a) => {
		const pts = a.path.flatMap((name) => {
			const p = basemap.places[name];
			return p ? [applyCamera(camera, p.xy)] : [];
		});
		if (pts.length < 2) return [];
		pts[0] = trim(pts[1]!, pts[0]!, DOT_GAP);
		pts[pts.length - 1] = trim(pts[pts.length - 2]!, pts[pts.length - 1]!, DOT_GAP + 2);
		const m = Math.floor((pts.length - 1) / 2);
		const [p, q] = [pts[m]!, pts[m + 1]!];
		const { d, from } = arrowPath(pts);
		const end = pts.at(-1)!;
		const tip = { at: end, angle: (Math.atan2(end[1] - from[1], end[0] - from[0]) * 180) / Math.PI };
		return [{ kind: a.kind, d, tip, label: a.label ? `${ARROW_LABELS[a.kind]} (${a.label})` : ARROW_LABELS[a.kind], mid: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] as Point }];
	});
}

/**
 * Every label on the map, in priority order: markers, then arrows, then shaded governorates,
 * then countries. Lesser labels that would collide are dropped.
 */
export function layoutLabels(basemap: Basemap, map: MapState, arrows: readonly ArrowLayout[], camera: Camera, frame: Box, reserved: readonly Box[]): PlacedLabel[] {
	const requests: LabelRequest[] = [];
	const dots: Box[] = [];
	map.markers.forEach((m, i) => {
		const p = basemap.places[m.place];
		if (!p) return;
		const at = applyCamera(camera, p.xy);
		dots.push([at[0] - 5, at[1] - 5, at[0] + 5, at[1] + 5]);
		requests.push({ id: `m:${m.place}`, at, lines: m.sub ? [m.place, m.sub] : [m.place], priority: i, size: 14, gap: 8 });
	});
	arrows.forEach((a, i) => requests.push({ id: `a:${i}`, at: a.mid, lines: [a.label], priority: 50 + i, size: 12, gap: 10 }));
	const highlight = new Set(map.highlight);
	for (const g of basemap.governorates)
		if (highlight.has(g.id)) requests.push({ id: `g:${g.id}`, at: applyCamera(camera, g.centroid), lines: [g.id], priority: 100, size: 13, gap: 0 });
	basemap.countryLabels.forEach((c, i) =>
		requests.push({ id: `c:${c.name}`, at: applyCamera(camera, c.xy), lines: [c.name.toUpperCase()], priority: 200 + i, size: 12, gap: 0 })
	);
	return placeLabels(requests, frame, [...reserved, ...dots]);
}
