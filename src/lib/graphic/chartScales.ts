import { nice, ticks } from 'd3-array';
import type { MonthValue } from '$lib/data/series';
import type { Box } from './types';

export interface Bar {
	month: string;
	value: number;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface ChartLayout {
	/** The plotting area inside the frame. */
	plot: Box;
	bars: Bar[];
	/** Screen x of a month's centre. */
	xOf: (month: string) => number;
	yOf: (value: number) => number;
	/** Screen y of a troop level. */
	y2Of: (value: number) => number;
	years: { year: number; x: number; label: string }[];
	yTicks: { value: number; y: number; label: string }[];
	troopPath: string;
	troopTicks: { value: number; y: number; label: string }[];
}

const thousands = new Intl.NumberFormat('en-US');

/**
 * The two scales the chart needs, written out rather than imported from d3-scale, which would bring
 * d3-interpolate, d3-color and d3-format into the page: about 13 KB gzipped for two straight lines.
 */
const linear = ([d0, d1]: [number, number], [r0, r1]: [number, number]) => (v: number) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);

/** d3's scaleBand with `paddingInner`, no outer padding: each key's left edge and the band's width. */
function band(keys: readonly string[], [r0, r1]: [number, number], paddingInner: number) {
	const step = (r1 - r0) / Math.max(1, keys.length - paddingInner);
	const index = new Map(keys.map((k, i) => [k, i]));
	return { at: (k: string) => (index.has(k) ? r0 + step * index.get(k)! : undefined), bandwidth: step * (1 - paddingInner) };
}

/** Scales and geometry for the deaths-and-troops chart in a frame. */
export function makeChartLayout(deaths: readonly MonthValue[], troops: readonly MonthValue[], frame: Box): ChartLayout {
	const [fx0, fy0, fx1, fy1] = frame;
	const narrow = fx1 - fx0 < 520;
	const plot: Box = [fx0 + (narrow ? 40 : 52), fy0 + 34, fx1 - (narrow ? 34 : 44), fy1 - 26];
	const x = band(deaths.map((d) => d.month), [plot[0], plot[2]], 0.15);
	const [, top] = nice(0, Math.max(...deaths.map((d) => d.value)), 4);
	const y = linear([0, top], [plot[3], plot[1]]);
	const y2 = linear([0, 200_000], [plot[3], plot[1]]);
	const w = Math.max(0.5, x.bandwidth);
	const xOf = (m: string) => (x.at(m) ?? plot[0]) + x.bandwidth / 2;
	const bars = deaths.map((d) => ({ month: d.month, value: d.value, x: x.at(d.month) ?? 0, y: y(d.value), w, h: plot[3] - y(d.value) }));
	const years: ChartLayout['years'] = [];
	for (let yr = 2003; yr <= 2014; yr++) {
		if (narrow && yr % 2 === 0) continue;
		years.push({ year: yr, x: x.at(`${yr}-01`) ?? plot[0], label: narrow ? `’${String(yr).slice(2)}` : String(yr) });
	}
	const troopPath = troops.map((d, i) => `${i ? 'L' : 'M'}${xOf(d.month).toFixed(1)},${y2(d.value).toFixed(1)}`).join('');
	return {
		plot,
		bars,
		xOf,
		yOf: y,
		y2Of: y2,
		years,
		yTicks: ticks(0, top, 4).map((v) => ({ value: v, y: y(v), label: thousands.format(v) })),
		troopPath,
		troopTicks: [0, 50_000, 100_000, 150_000].map((v) => ({ value: v, y: y2(v), label: v ? `${v / 1000}k` : '0' }))
	};
}
