import { csvParse } from 'd3-dsv';

export interface MonthValue {
	/** `YYYY-MM`. */
	month: string;
	value: number;
}

const MONTH = /^\d{4}-\d{2}$/;

/** Iraq Body Count documented civilian deaths, one row per month. */
export function parseDeaths(csv: string): MonthValue[] {
	return csvParse(csv).map((r, i) => {
		const value = Number(r.deaths);
		if (!MONTH.test(r.month ?? '') || !Number.isInteger(value))
			throw new Error(`civilian_deaths_monthly.csv:${i + 2}: bad row`);
		return { month: r.month!, value };
	});
}

/** US troops at month-end; the announcement and event rows carry no level and are left out. */
export function parseTroops(csv: string): MonthValue[] {
	return csvParse(csv)
		.filter((r) => r.kind === 'month-end')
		.map((r) => {
			const value = Number(r.us_troops);
			if (!MONTH.test(r.period ?? '') || !Number.isFinite(value)) throw new Error(`us_troops.csv: bad row ${r.period}`);
			return { month: r.period!, value };
		});
}

/** Sum of a series over the months of one year. */
export const yearTotal = (series: readonly MonthValue[], year: number) =>
	series.filter((d) => d.month.startsWith(`${year}-`)).reduce((s, d) => s + d.value, 0);
