/**
 * The closed sets of names the content may use; the build rejects anything else. (Chapter ids are
 * not among them: the story's [chapters] list defines those.)
 */

export const VIEWS = ['map', 'chart'] as const;

export const TONES = ['us', 'isil', 'displacement', 'neutral'] as const;
export type Tone = (typeof TONES)[number];

export const ARROW_KINDS = ['us', 'isil', 'displacement', 'crossing'] as const;
export type ArrowKind = (typeof ARROW_KINDS)[number];

/** Each camera is the lon/lat box the map fits: [[west, south], [east, north]]. */
export const CAMERAS = {
	'iraq-syria': [[35.6, 29.0], [48.6, 37.4]],
	iraq: [[38.8, 29.0], [48.6, 37.4]],
	'iraq-kuwait': [[42.3, 28.9], [48.6, 34.2]],
	baghdad: [[42.9, 32.3], [45.6, 34.6]],
	north: [[41.7, 34.1], [45.6, 37.3]],
	anbar: [[38.8, 31.6], [44.8, 35.0]],
	tigris: [[42.3, 33.0], [45.0, 36.9]],
	border: [[38.6, 33.9], [43.6, 37.3]]
} as const satisfies Record<string, readonly [readonly [number, number], readonly [number, number]]>;
export type CameraId = keyof typeof CAMERAS;

export const GOVERNORATES = {
	Iraq: [
		'Anbar', 'Babil', 'Baghdad', 'Basra', 'Dhi Qar', 'Diyala', 'Dohuk', 'Erbil', 'Karbala',
		'Kirkuk', 'Maysan', 'Muthanna', 'Najaf', 'Nineveh', 'Qadisiyah', 'Salahuddin',
		'Sulaymaniyah', 'Wasit'
	],
	Syria: [
		'Aleppo', 'Damascus', 'Daraa', 'Deir ez-Zor', 'Hama', 'Hasakah', 'Homs', 'Idlib',
		'Latakia', 'Quneitra', 'Raqqa', 'Rif Dimashq', 'Suwayda', 'Tartus'
	]
} as const;
// Marked pure, so pages that only need the series' months do not carry the list.
export const ALL_GOVERNORATES: readonly string[] = /* @__PURE__ */ (() => [...GOVERNORATES.Iraq, ...GOVERNORATES.Syria])();

/** Figures a map may fill governorates by (src/lib/data/votes.ts). */
export const CHOROPLETH_IDS = ['turnout-jan2005', 'referendum-no-2005'] as const;
export type ChoroplethId = (typeof CHOROPLETH_IDS)[number];

/** First and last month of the chart's series. */
export const SERIES_START = '2003-01';
export const SERIES_END = '2014-12';
