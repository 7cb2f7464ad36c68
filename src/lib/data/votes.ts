import { csvParse } from 'd3-dsv';

/**
 * Votes by governorate, 2005, from the research's files (each row with its sources and confidence):
 * turnout in the provincial elections of 30 January 2005, and the share voting no in the
 * constitutional referendum of 15 October 2005. A governorate with no figure is null, never guessed.
 */
export type VoteValues = Record<string, number | null>;

/** The research names Salahuddin by another spelling. */
const NAMES: Record<string, string> = { Saladin: 'Salahuddin' };
const name = (g: string) => NAMES[g] ?? g;

const percent = (v: string | undefined, file: string, line: number): number | null => {
	if (!v) return null;
	const n = Number(v);
	if (!Number.isFinite(n) || n < 0 || n > 100) throw new Error(`${file}:${line}: not a percentage: "${v}"`);
	return n;
};

/**
 * January 2005 turnout: the councils' figures (Musings on Iraq, 2009), one source for every
 * governorate it covers. The other table measures something else and is not mixed in.
 */
export function parseTurnout(csv: string): VoteValues {
	return Object.fromEntries(csvParse(csv).map((r, i) => [name(r.governorate!), percent(r.turnout_percent_council, 'turnout_jan2005.csv', i + 2)]));
}

/**
 * October 2005 referendum, share voting no. Where only the yes share was found (Erbil), no is
 * 100 minus yes: in every row with both, they add up to 100.
 */
export function parseReferendumNo(csv: string): VoteValues {
	return Object.fromEntries(
		csvParse(csv).map((r, i) => {
			const no = percent(r.no_percent, 'referendum_2005.csv', i + 2);
			const yes = percent(r.yes_percent, 'referendum_2005.csv', i + 2);
			return [name(r.governorate!), no ?? (yes === null ? null : Math.round((100 - yes) * 100) / 100)];
		})
	);
}
