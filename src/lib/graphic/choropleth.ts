import type { ChoroplethId } from '$lib/content/vocabulary';
import type { Choropleth, Choropleths, Votes } from './types';
import { fill, pictureWords, type PictureWords } from './words';

const EN_BINS = pictureWords('en', []).bins;

/** The bounds of each figure's classes, the lowest class under the first. Two-thirds is the referendum's threshold. */
export const CHOROPLETH_BOUNDS: Record<ChoroplethId, readonly number[]> = {
	'turnout-jan2005': [25, 50, 75],
	'referendum-no-2005': [10, 50, 200 / 3]
};

/** Words for each class between the bounds: under the first, between each pair, the last or more. */
export function binLabels(bounds: readonly number[], words: PictureWords['bins'] = EN_BINS): string[] {
	const bound = (t: number) => (Math.abs(t - 200 / 3) < 1e-9 ? words.twoThirds : `${t}%`);
	return [
		fill(words.under, { b: bound(bounds[0]!) }),
		...bounds.slice(1).map((b, i) => fill(words.between, { a: bound(bounds[i]!), b: bound(b) })),
		fill(words.orMore, { b: bound(bounds.at(-1)!) })
	];
}

/**
 * Each governorate's class and label, worked out when the site is built, so the page carries the
 * classes rather than the code that finds them. Labels go to the most extreme figures first.
 */
export function prepareChoropleths(votes: Votes, words: PictureWords['bins'] = EN_BINS): Choropleths {
	const out: Choropleths = {};
	for (const [id, values] of Object.entries(votes) as [ChoroplethId, Record<string, number | null>][]) {
		const bounds = CHOROPLETH_BOUNDS[id];
		const known = Object.entries(values).filter((e): e is [string, number] => e[1] !== null);
		const c: Choropleth = {
			fills: Object.fromEntries(Object.entries(values).map(([g, v]) => [g, v === null ? 'unknown' : `bin-${bounds.filter((t) => v >= t).length}`])),
			labels: Object.fromEntries(known.map(([g, v]) => [g, `${Math.round(v)}%`])),
			order: known.sort((a, b) => Math.abs(b[1] - 50) - Math.abs(a[1] - 50)).map(([g]) => g),
			key: binLabels(bounds, words),
			unknown: known.length < Object.keys(values).length
		};
		out[id] = c;
	}
	return out;
}
