import { fill, type PictureWords } from './words';
import { formatNumber } from '$lib/i18n/format';
import { TYPE } from '$lib/tokens';
import type { MonthValue } from '$lib/data/series';
import { round1, stackLines, textWidth, wrapText } from './labels';
import type { Box, ChartState, TextLine } from './types';

/**
 * The chart's two axes, which depend only on the data: worked out once when the site is built
 * (`chartAxes.ts`, with d3-array), so the page carries a few numbers rather than d3-array's code.
 */
export interface ChartAxes {
	deathsTop: number;
	deathsTicks: number[];
	troopsTop: number;
	troopsTicks: number[];
}

interface BarLayout {
	month: string;
	x: number;
	y: number;
	w: number;
	h: number;
	/** In the step's period. */
	on: boolean;
}

/** Everything the deaths-and-troops chart draws, for one state in one frame. */
export interface ChartLayout {
	/** The plotting area inside the frame. */
	plot: Box;
	axisTitle: TextLine;
	/** The horizontal grid lines, as one path (few elements: the chart is redrawn as the reader scrolls). */
	grid: string;
	/** The left axis's labels and the years along the bottom. */
	tickLabels: TextLine[];
	/** The year ticks, as one path: where each year's January starts. */
	yearTicks: string;
	/** The bars (one a month) outside the step's period and those in it, each as one path: 144
	 * elements cost the chart's first drawing about half its time. */
	barPaths: { off: string; on: string };
	troops: { shown: boolean; path: string; ticks: TextLine[]; label: TextLine[] };
	/** The notes' leader lines down to their bars, as one path, and the notes. */
	leaders: string;
	notes: TextLine[];
	source: TextLine[];
	/** What the picture shows, and when. */
	title?: TextLine[];
}

/** Below this width the chart labels every other year, as ’03, and its margins narrow. */
const NARROW = 520;
const MARGIN = { left: 40, leftWide: 52, right: 34, rightWide: 44, top: 34, bottom: 26 };
/** Each note takes a row this tall above the bars. */
const NOTE_ROW = 24;
const BAR_PADDING = 0.15;
const TICK_GAP = 6;
const SOURCE_LEADING = 1.1;

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

/**
 * The chart for a state in a frame: monthly deaths as bars with the step's period in ink, troop
 * levels as a line on a second axis, the step's notes stacked above the bars, the source below
 * (none when `sourceText` is empty: the phone's band, where the step card right below cites it).
 */
export function layoutChart(deaths: readonly MonthValue[], troops: readonly MonthValue[], axes: ChartAxes, chart: ChartState, frame: Box, sourceText: string, words: PictureWords): ChartLayout {
	const rtl = words.dir === 'rtl';
	const [fx0, fy0, fx1, fy1] = frame;
	const narrow = fx1 - fx0 < NARROW;
	const sourceWords = wrapText(sourceText, fx1 - fx0, TYPE.source);
	const sourceHeight = sourceWords.length ? sourceWords.length * TYPE.source * SOURCE_LEADING + TICK_GAP : 0;
	const top = fy0 + NOTE_ROW * Math.max(1, chart.notes.length) + MARGIN.top;
	const troopTicks = axes.troopsTicks.map((v) => (v ? fill(words.thousands, { n: v / 1000 }) : '0'));
	// The troop axis's labels sit right of the plot: its margin is at least as wide as the widest.
	const right = Math.max(narrow ? MARGIN.right : MARGIN.rightWide, ...troopTicks.map((t) => TICK_GAP + textWidth(t, TYPE.tick)));
	const plot: Box = [fx0 + (narrow ? MARGIN.left : MARGIN.leftWide), top, fx1 - right, fy1 - sourceHeight - MARGIN.bottom];

	const months = deaths.map((d) => d.month);
	const x = band(months, [plot[0], plot[2]], BAR_PADDING);
	const xOf = (m: string) => (x.at(m) ?? plot[0]) + x.bandwidth / 2;
	const { deathsTop, troopsTop } = axes;
	const y = linear([0, deathsTop], [plot[3], plot[1]]);
	const y2 = linear([0, troopsTop], [plot[3], plot[1]]);
	const w = round1(Math.max(0.5, x.bandwidth));

	const bars = deaths.map((d) => ({ month: d.month, x: round1(x.at(d.month) ?? 0), y: round1(y(d.value)), w, h: round1(plot[3] - y(d.value)), on: d.month >= chart.from && d.month <= chart.to }));
	const [first, last] = [Number(months[0]!.slice(0, 4)), Number(months.at(-1)!.slice(0, 4))];
	const years: TextLine[] = [];
	for (let yr = first; yr <= last; yr++) {
		if (narrow && (yr - first) % 2 === 1) continue;
		const at = round1(x.at(`${yr}-01`) ?? plot[0]);
		years.push({ text: narrow ? fill(words.shortYear, { n: String(yr).slice(2) }) : String(yr), x: at, y: round1(plot[3] + 5 + TYPE.tick), size: TYPE.tick, anchor: 'middle' });
	}
	const bottom = round1(plot[3]);

	const lastTroop = troops.at(-1)!;
	const labelX = round1(xOf(lastTroop.month) + 4);
	const troopLines = stackLines([{ text: words.troops[0], size: TYPE.series }, { text: words.troops[1], size: TYPE.tick }], labelX, y2(lastTroop.value) - 2 * TYPE.series * 1.2 - 6);

	const notes = chart.notes.map((n, i) => {
		const nx = round1(xOf(n.month));
		const bar = bars.find((b) => b.month === n.month);
		const ny = round1(plot[1] - NOTE_ROW * (chart.notes.length - i) + NOTE_ROW / 2);
		// The note starts just left of its leader, shifted left as far as it must to stay in the frame.
		const tx = round1(Math.max(fx0, Math.min(nx - 3, fx1 - textWidth(n.label, TYPE.note))));
		return { leader: `M${nx},${round1(ny + 4)}V${round1(bar ? bar.y - 3 : plot[3])}`, text: { text: n.label, x: tx, y: ny, size: TYPE.note } };
	});
	const tickY = axes.deathsTicks.map((v) => round1(y(v)));

	return {
		plot: plot.map(round1) as Box,
		// Time runs left to right in both editions, as in the Arabic charts we could check (docs/TERMS.ar.md,
		// "Charts"); right-to-left words start at the right.
		axisTitle: { text: words.deathsPerMonth, y: round1(fy0 + TYPE.axis), size: TYPE.axis, ...(rtl ? { x: fx1, anchor: 'end' as const } : { x: fx0 }) },
		grid: tickY.map((ty) => `M${round1(plot[0])},${ty}H${round1(plot[2])}`).join(''),
		tickLabels: [...axes.deathsTicks.map((v, i) => ({ text: formatNumber(v), x: round1(plot[0] - TICK_GAP), y: round1(tickY[i]! + TYPE.tick / 3), size: TYPE.tick, anchor: 'end' as const })), ...years],
		yearTicks: years.map((yr) => `M${yr.x},${bottom}v4`).join(''),
		barPaths: {
			off: barPath(bars.filter((b) => !b.on)),
			on: barPath(bars.filter((b) => b.on))
		},
		troops: {
			shown: chart.troops,
			path: troops.map((d, i) => `${i ? 'L' : 'M'}${round1(xOf(d.month))},${round1(y2(d.value))}`).join(''),
			ticks: axes.troopsTicks.map((v, i) => ({ text: troopTicks[i]!, x: plot[2] + TICK_GAP, y: round1(y2(v) + TYPE.tick / 3), size: TYPE.tick })),
			label: troopLines.map((l) => ({ ...l, y: round1(l.y) }))
		},
		leaders: notes.map((n) => n.leader).join(''),
		notes: notes.map((n) => n.text),
		source: stackLines(sourceWords.map((text) => ({ text, size: TYPE.source })), fx0, fy1 - sourceHeight + TICK_GAP).map(({ sub: _, ...l }) => ({ ...l, y: round1(l.y), ...(rtl ? { x: fx1, anchor: 'end' as const } : {}) }))
	};
}

const barPath = (bars: BarLayout[]) => bars.map((b) => `M${b.x},${b.y}h${b.w}v${b.h}h${-b.w}Z`).join('');
