import type { Box, Camera, Point } from './types';

/** Fits a reference-space box into a screen rectangle, centred, keeping the aspect (as d3's fitExtent). */
export function fitCamera(box: Box, extent: Box): Camera {
	const [x0, y0, x1, y1] = box;
	const [e0, f0, e1, f1] = extent;
	const k = Math.min((e1 - e0) / Math.max(1e-9, x1 - x0), (f1 - f0) / Math.max(1e-9, y1 - y0));
	return { k, x: (e0 + e1) / 2 - (k * (x0 + x1)) / 2, y: (f0 + f1) / 2 - (k * (y0 + y1)) / 2 };
}

export const applyCamera = (c: Camera, [x, y]: Point): Point => [x * c.k + c.x, y * c.k + c.y];

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

/**
 * The move from shapes drawn for camera `from` to where camera `to` would draw them, as a scale about
 * the top left corner and then a shift: screen = k·p + t for each camera, so the move is a scale of
 * k/k₀ and a shift of t − (k/k₀)·t₀. The live map flies its layer with it (BasemapLayer).
 */
export function cameraMove(from: Camera, to: Camera): { scale: number; x: number; y: number } {
	const scale = to.k / from.k;
	return { scale, x: to.x - scale * from.x, y: to.y - scale * from.y };
}
