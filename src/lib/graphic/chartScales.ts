import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
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

/** Scales and geometry for the deaths-and-troops chart in a frame. */
export function makeChartLayout(deaths: readonly MonthValue[], troops: readonly MonthValue[], frame: Box): ChartLayout {
	const [fx0, fy0, fx1, fy1] = frame;
	const narrow = fx1 - fx0 < 520;
	const plot: Box = [fx0 + (narrow ? 40 : 52), fy0 + 34, fx1 - (narrow ? 34 : 44), fy1 - 26];
	const x = scaleBand<string>().domain(deaths.map((d) => d.month)).range([plot[0], plot[2]]).paddingInner(0.15);
	const max = Math.max(...deaths.map((d) => d.value));
	const y = scaleLinear().domain([0, max]).nice(4).range([plot[3], plot[1]]);
	const y2 = scaleLinear().domain([0, 200_000]).range([plot[3], plot[1]]);
	const w = Math.max(0.5, x.bandwidth());
	const xOf = (m: string) => (x(m) ?? plot[0]) + x.bandwidth() / 2;
	const bars = deaths.map((d) => ({ month: d.month, value: d.value, x: x(d.month) ?? 0, y: y(d.value), w, h: plot[3] - y(d.value) }));
	const years: ChartLayout['years'] = [];
	for (let yr = 2003; yr <= 2014; yr++) {
		if (narrow && yr % 2 === 0) continue;
		years.push({ year: yr, x: x(`${yr}-01`) ?? plot[0], label: narrow ? `’${String(yr).slice(2)}` : String(yr) });
	}
	const troopLine = line<MonthValue>()
		.x((d) => xOf(d.month))
		.y((d) => y2(d.value))
		.digits(1);
	return {
		plot,
		bars,
		xOf,
		yOf: y,
		y2Of: y2,
		years,
		yTicks: y.ticks(4).map((v) => ({ value: v, y: y(v), label: thousands.format(v) })),
		troopPath: troopLine([...troops]) ?? '',
		troopTicks: [0, 50_000, 100_000, 150_000].map((v) => ({ value: v, y: y2(v), label: v ? `${v / 1000}k` : '0' }))
	};
}
