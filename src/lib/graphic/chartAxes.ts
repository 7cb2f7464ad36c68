import { nice, ticks } from 'd3-array';
import type { MonthValue } from '$lib/data/series';
import type { ChartAxes } from './chartLayout';

/** Rounded tops and about four ticks for each series; the troop axis leaves out its top tick. */
export function chartAxes(deaths: readonly MonthValue[], troops: readonly MonthValue[]): ChartAxes {
	const [, deathsTop] = nice(0, Math.max(...deaths.map((d) => d.value)), 4);
	const [, troopsTop] = nice(0, Math.max(...troops.map((d) => d.value)), 4);
	return { deathsTop, deathsTicks: ticks(0, deathsTop, 4), troopsTop, troopsTicks: ticks(0, troopsTop, 4).filter((v) => v < troopsTop) };
}
