import type { Box, Camera, Point } from './types';

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
export function mapExtent(width: number, height: number, overlay: boolean, top = 0): Box {
	if (!overlay) return [32, top + 32, width - 32, height - 40];
	return [12, top + 12, width - 12, Math.max(top + 160, Math.round(height * 0.56))];
}

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
