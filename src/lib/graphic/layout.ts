import type { MonthValue } from '$lib/data/series';
import { layoutChart, type ChartLayout } from './chartLayout';
import { layoutMap, type MapLayout } from './mapLayout';
import type { Basemap, Box, GraphicState } from './types';

/**
 * Where the picture is shown: `overlay`, the live page on phones, where step cards scroll over the
 * lower screen; `stage`, the live page beside the text; `still`, a figure on its own.
 */
export type PictureMode = 'overlay' | 'stage' | 'still';

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
}

/** Everything a renderer draws for one step at one size. */
export interface PictureLayout {
	width: number;
	height: number;
	view: GraphicState['view'];
	stepId: string;
	/** The picture's accessible name. */
	label: string;
	map: MapLayout;
	chart: ChartLayout;
}

/** Margins of the frame the picture fits into, per mode. */
const FRAME = {
	still: { top: 12, right: 12, bottom: 12, left: 12 },
	stage: { top: 32, right: 32, bottom: 40, left: 32 },
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

/** The layout stage between `stateForStep` and the renderers: a pure function of the state, the data and the size. */
export function layoutPicture(state: GraphicState, data: PictureData, size: PictureSize): PictureLayout {
	const frame = pictureFrame(size);
	return {
		width: size.width,
		height: size.height,
		view: state.view,
		stepId: state.stepId,
		label: `${state.view === 'map' ? 'Map' : 'Chart'}: ${state.alt}`,
		map: layoutMap(data.basemap, state.map, frame, [0, 0, size.width, size.height], size.mode === 'overlay' ? 'top' : 'corner'),
		chart: layoutChart(data.deaths, data.troops, state.chart, frame, data.chartSource)
	};
}
