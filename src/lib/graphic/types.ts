import type { Arrow, ChartParams, MapParams } from '$lib/content/types';
import type { CameraId, ChoroplethId } from '$lib/content/vocabulary';

export type Point = [number, number];
/** [x0, y0, x1, y1]. */
export type Box = [number, number, number, number];

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One line of text as a renderer writes it: its words, baseline position and size. */
export interface TextLine {
	text: string;
	x: number;
	y: number;
	size: number;
	/** A second or later line of a label, drawn lighter. */
	sub?: true;
	/** Defaults to `start`. */
	anchor?: 'start' | 'middle' | 'end';
}

export interface Shape {
	id: string;
	/** SVG path in reference space (empty in the browser, which draws the shared `<defs>`). */
	d: string;
	centroid: Point;
}

export interface ProjectedPlace {
	kind: string;
	/** Position in reference space. */
	xy: Point;
}

/** A country's name and where to write it, in reference space. */
export interface AreaLabel {
	name: string;
	xy: Point;
}

/** A river: its path (empty in the browser, which draws the shared `<defs>`) and its lines of points, for its label. */
export interface River {
	name: string;
	d: string;
	lines: Point[][];
}

/** Everything the map draws, projected once at build time. */
export interface Basemap {
	width: number;
	height: number;
	countries: Shape[];
	governorates: Shape[];
	places: Record<string, ProjectedPlace>;
	/** Country names, most important first. */
	countryLabels: AreaLabel[];
	rivers: River[];
	/** Kilometres per reference unit, for the scale bar. */
	kmPerUnit: number;
	cameras: Record<CameraId, Box>;
}

/** What the map shows: a map step's parameters without the view. */
export type MapState = Omit<MapParams, 'view'>;
/** What the chart shows: a chart step's parameters without the view. */
export type ChartState = Omit<ChartParams, 'view'>;
export type { Arrow };

/** The whole picture at one step: both views are always defined, so either can morph into the other. */
export interface GraphicState {
	stepId: string;
	index: number;
	view: 'map' | 'chart';
	map: MapState;
	chart: ChartState;
	alt: string;
}

/** Figures by governorate for each choropleth (src/lib/data/votes.ts); null where none was found. */
export type Votes = Partial<Record<ChoroplethId, Record<string, number | null>>>;

/** A map filled by a figure, ready to draw: each governorate's class and label, and the key's words. */
export interface Choropleth {
	/** `bin-0` (lowest) … or `unknown`, by governorate. */
	fills: Record<string, string>;
	/** The figure as a label, for the governorates that have one. */
	labels: Record<string, string>;
	/** Governorates in the order their labels are placed: the most extreme figure first. */
	order: string[];
	/** Words for each class, lowest first. */
	key: string[];
	/** Some governorate has no figure. */
	unknown: boolean;
}
export type Choropleths = Partial<Record<ChoroplethId, Choropleth>>;

/** A camera: reference space → screen, `screen = ref * k + [x, y]`. */
export interface Camera {
	k: number;
	x: number;
	y: number;
}
