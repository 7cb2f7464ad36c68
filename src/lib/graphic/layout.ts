import type { MonthValue } from '$lib/data/series';
import { layoutChart, type ChartAxes, type ChartLayout } from './chartLayout';
import { layoutMap, type MapLayout } from './mapLayout';
import { TYPE } from '$lib/tokens';
import { round1, wrapText } from './labels';
import { layoutLegend } from './legend';
import { toRect } from './orientation';
import type { Basemap, Box, Choropleths, GraphicState, TextLine } from './types';
import { forDirection, type PictureWords } from './words';

/**
 * Where the picture is shown: `band`, the live page on phones, a band across the top of the screen
 * with the cards scrolling below it; `overlay`, a tracked embed on phones, where step cards scroll
 * over the lower screen; `stage`, the live page beside the text; `still`, a figure on its own.
 */
export type PictureMode = 'band' | 'overlay' | 'stage' | 'still';

export interface PictureSize {
	width: number;
	height: number;
	mode: PictureMode;
}

/** What every picture is drawn from: the projected basemap, the two series and the chart's source line. */
export interface PictureData {
	basemap: Basemap;
	deaths: readonly MonthValue[];
	troops: readonly MonthValue[];
	chartSource: string;
	chartAxes: ChartAxes;
	/** Maps that fill governorates by a figure, ready to draw. */
	choropleths: Choropleths;
	/** The edition's words for the picture's names, legend and axes, and its direction. */
	words: PictureWords;
}

/** Everything a renderer draws for one step at one size. */
export interface PictureLayout {
	width: number;
	height: number;
	view: GraphicState['view'];
	/** `rtl`: the text runs right to left; positions are the same physical ones (see picture.css). */
	dir: PictureWords['dir'];
	stepId: string;
	/** The picture's accessible name. */
	label: string;
	map: MapLayout;
	chart: ChartLayout;
}

/** Margins of the frame the picture fits into, per mode. */
const FRAME = {
	still: { top: 12, right: 12, bottom: 12, left: 12 },
	band: { top: 8, right: 10, bottom: 8, left: 10 },
	// The step controls sit over the stage's bottom-right corner: the scale bar and labels keep above them.
	stage: { top: 32, right: 32, bottom: 68, left: 32 },
	overlay: { top: 12, right: 12, bottom: 12, left: 12 }
};
/** On phones the picture keeps to this share of the screen's top, at least OVERLAY_MIN pixels, above the cards. */
const OVERLAY_SHARE = 0.56;
const OVERLAY_MIN = 160;

/** The rectangle a picture of this size and mode fits into. */
export function pictureFrame({ width, height, mode }: PictureSize): Box {
	const m = FRAME[mode];
	const bottom = mode === 'overlay' ? Math.max(OVERLAY_MIN, Math.round(height * OVERLAY_SHARE)) : height - m.bottom;
	return [m.left, m.top, width - m.right, bottom];
}

/** The map shows this much below the strip that holds its title and key. */
const BAND_GAP = 2;

/** The title's lines at most, and the space below it. */
const TITLE = { lines: 2, leading: 1.25, gap: 6 };

/** A picture's title at the top of its frame, and the frame left below it. */
export function layoutTitle(title: string | undefined, frame: Box, dir: PictureWords['dir'] = 'ltr'): { lines: TextLine[]; below: Box } {
	const words = wrapText(title ?? '', frame[2] - frame[0], TYPE.title).slice(0, TITLE.lines);
	if (!words.length) return { lines: [], below: frame };
	const lead = TYPE.title * TITLE.leading;
	const lines = words.map((text, i) => ({ text, y: round1(frame[1] + TYPE.title * 0.9 + i * lead), size: TYPE.title, ...(dir === 'rtl' ? { x: frame[2], anchor: 'end' as const } : { x: frame[0] }) }));
	return { lines, below: [frame[0], round1(frame[1] + words.length * lead + TITLE.gap), frame[2], frame[3]] };
}

/** The map's half of a picture: title, key and map in the frame, in the edition's direction. */
function layoutMapPart(state: GraphicState, data: PictureData, size: PictureSize): PictureLayout['map'] {
	const frame = pictureFrame(size);
	const { words } = data;
	const mapTitle = layoutTitle(state.map.title, frame, words.dir);
	const legend = layoutLegend(state.map, mapTitle.below, words, data.choropleths);
	const mapFrame: Box = legend ? [frame[0], legend.box[3] + 4, frame[2], frame[3]] : mapTitle.below;
	return forDirection(words.dir, {
		...layoutMap(data.basemap, state.map, mapFrame, [0, 0, size.width, size.height], size.mode === 'overlay' ? 'top' : 'corner', words, data.choropleths),
		title: mapTitle.lines,
		...(legend ? { legend } : {}),
		...(mapFrame[1] > frame[1] ? { band: toRect([0, 0, size.width, mapFrame[1] - BAND_GAP]) } : {})
	});
}

/** The chart's half of a picture, in the edition's direction. */
function layoutChartPart(state: GraphicState, data: PictureData, size: PictureSize): PictureLayout['chart'] {
	const { words } = data;
	const chartTitle = layoutTitle(state.chart.title, pictureFrame(size), words.dir);
	return forDirection(words.dir, {
		...layoutChart(data.deaths, data.troops, data.chartAxes, state.chart, chartTitle.below, size.mode === 'band' ? '' : data.chartSource, words),
		title: chartTitle.lines
	});
}

const whole = (state: GraphicState, data: PictureData, size: PictureSize, map: PictureLayout['map'], chart: PictureLayout['chart']): PictureLayout => ({
	width: size.width,
	height: size.height,
	view: state.view,
	dir: data.words.dir,
	stepId: state.stepId,
	label: `${data.words.view[state.view]}: ${state.alt}`,
	map,
	chart
});

/** The layout stage between `stateForStep` and the renderers: a pure function of the state, the data and the size. */
export function layoutPicture(state: GraphicState, data: PictureData, size: PictureSize): PictureLayout {
	return whole(state, data, size, layoutMapPart(state, data, size), layoutChartPart(state, data, size));
}

interface Remembered {
	key: string;
	map?: PictureLayout['map'];
	chart?: PictureLayout['chart'];
	layout?: PictureLayout;
}
const remembered = new WeakMap<PictureData, WeakMap<GraphicState, Remembered>>();

function rememberedFor(state: GraphicState, data: PictureData, size: PictureSize): Remembered {
	const key = `${size.width}x${size.height}:${size.mode}`;
	let byState = remembered.get(data);
	if (!byState) remembered.set(data, (byState = new WeakMap()));
	let entry = byState.get(state);
	if (entry?.key !== key) byState.set(state, (entry = { key }));
	return entry;
}

/**
 * `layoutPicture`, remembered for the last size asked of each state: the live graphic's start-up can
 * lay its first picture out ahead of drawing it without computing it twice.
 */
export function rememberedLayout(state: GraphicState, data: PictureData, size: PictureSize): PictureLayout {
	const r = rememberedFor(state, data, size);
	r.layout ??= whole(state, data, size, (r.map ??= layoutMapPart(state, data, size)), (r.chart ??= layoutChartPart(state, data, size)));
	return r.layout;
}

/**
 * Lays out one half of a picture and remembers it for `rememberedLayout`: the start-up computes the
 * map and the chart in tasks of their own, each under the 50 ms that makes a long task on a slow phone.
 */
export function rememberLayoutPart(state: GraphicState, data: PictureData, size: PictureSize, part: 'map' | 'chart'): void {
	const r = rememberedFor(state, data, size);
	if (part === 'map') r.map ??= layoutMapPart(state, data, size);
	else r.chart ??= layoutChartPart(state, data, size);
}
