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

export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export interface YearRow {
	year: number;
	/** Twelve months, `null` where the series has no figure. */
	values: (number | null)[];
	total: number;
}

/** A monthly series as rows of years, for tables. */
export function yearGrid(series: readonly MonthValue[]): YearRow[] {
	const rows = new Map<number, YearRow>();
	for (const d of series) {
		const year = Number(d.month.slice(0, 4));
		const row = rows.get(year) ?? { year, values: Array<number | null>(12).fill(null), total: 0 };
		row.values[Number(d.month.slice(5, 7)) - 1] = d.value;
		row.total += d.value;
		rows.set(year, row);
	}
	return [...rows.values()].sort((a, b) => a.year - b.year);
}
