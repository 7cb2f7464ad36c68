import type { ArrowKind, CameraId, Tone } from '$lib/content/vocabulary';

export type Point = [number, number];
/** [x0, y0, x1, y1]. */
export type Box = [number, number, number, number];

export interface Shape {
	id: string;
	country: string;
	ar: string;
	/** SVG path in reference space. */
	d: string;
	centroid: Point;
}

export interface ProjectedPlace {
	name: string;
	ar: string;
	kind: string;
	/** Position in reference space. */
	xy: Point;
}

/** Everything the map draws, projected once at build time. */
export interface Basemap {
	width: number;
	height: number;
	countries: Shape[];
	governorates: Shape[];
	places: Record<string, ProjectedPlace>;
	cameras: Record<CameraId, Box>;
}

export interface MapMarker {
	place: string;
	sub?: string;
}

export interface MapArrow {
	kind: ArrowKind;
	path: string[];
	label?: string;
}

export interface MapState {
	camera: CameraId;
	highlight: string[];
	tone: Tone;
	markers: MapMarker[];
	arrows: MapArrow[];
	note?: string;
}

export interface ChartState {
	from: string;
	to: string;
	troops: boolean;
	notes: { month: string; label: string }[];
}

/** The whole picture at one step: both views are always defined, so either can morph into the other. */
export interface GraphicState {
	stepId: string;
	index: number;
	view: 'map' | 'chart';
	map: MapState;
	chart: ChartState;
	alt: string;
}

/** A camera: reference space → screen, `screen = ref * k + [x, y]`. */
export interface Camera {
	k: number;
	x: number;
	y: number;
}
