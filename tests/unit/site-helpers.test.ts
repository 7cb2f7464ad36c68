import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '$lib/content/parseStory';
import { sourceNumbers } from '$lib/content/story';
import { pictureGroups } from '$lib/graphic/figures';
import type { Story } from '$lib/content/types';
import { deaths, places, troops } from '$lib/data/load.server';
import { parseEvents } from '$lib/data/events';
import { yearGrid, type MonthValue } from '$lib/data/series';
import { formatDate, formatNumber, monthNames } from '$lib/i18n/format';
import { arabicPlural } from '$lib/i18n/pages';
import { stateForStep } from '$lib/graphic/state';

const read = (path: string) => readFileSync(path, 'utf8');
const eventIds = new Set(parseEvents(read('src/lib/data/events.csv')).map((e) => e.id));
const story = parseStory(read('src/content/story.aml'), 'src/content/story.aml', new Set(places.map((p) => p.name)), eventIds);

describe('sourceNumbers', () => {
	test('numbers sources from 1 in the order they are first cited, each once', () => {
		const tiny = { steps: [{ sources: ['b', 'a'] }, { sources: [] }, { sources: ['a', 'c', 'b'] }, { sources: ['d'] }] } as unknown as Story;
		expect([...sourceNumbers(tiny)]).toEqual([
			['b', 1],
			['a', 2],
			['c', 3],
			['d', 4]
		]);
	});

	test('on the real story: 1…n in order of first citation, covering every listed source', () => {
		const numbers = sourceNumbers(story);
		// The first steps' sources, read from src/content/story.aml: mosul-falls, half-million-flee, invasion-begins.
		expect([...numbers].slice(0, 5)).toEqual([
			['worldbook-mosul', 1],
			['upi-mosul-iom', 2],
			['euobserver-mosul', 3],
			['cgtn-invasion', 4],
			['xinhua-last-troops', 5]
		]);
		expect([...numbers.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: story.sources.length }, (_, i) => i + 1));
		for (const s of story.sources) expect(numbers.has(s.id), s.id).toBe(true);
		// A source first cited in an earlier step has a smaller number; within a step, the step's order.
		const firstCited = (id: string) => {
			const step = story.steps.findIndex((s) => s.sources.includes(id));
			return [step, story.steps[step]!.sources.indexOf(id)] as const;
		};
		const ids = [...numbers.keys()];
		for (const [k, id] of ids.entries()) {
			if (k === 0) continue;
			const [a, b] = [firstCited(ids[k - 1]!), firstCited(id)];
			expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]), `${ids[k - 1]} (${a}) before ${id} (${b})`).toBe(true);
		}
	});
});

describe('pictureGroups on the real story', () => {
	const groups = pictureGroups(story);
	const picture = (i: number) => {
		const g = stateForStep(story, i);
		return JSON.stringify([g.view, g.view === 'map' ? g.map : g.chart]);
	};

	test('every step index appears exactly once, in order, in runs of consecutive steps', () => {
		expect(groups.flatMap((g) => g.steps)).toEqual(story.steps.map((_, i) => i));
		for (const g of groups) {
			expect(g.steps.length).toBeGreaterThan(0);
			g.steps.forEach((s, j) => j && expect(s).toBe(g.steps[j - 1]! + 1));
		}
	});

	test('a group never spans chapters', () => {
		for (const g of groups) expect(new Set(g.steps.map((i) => story.steps[i]!.chapter)).size).toBe(1);
	});

	test('steps in a group share one picture, and neighbouring groups in a chapter differ', () => {
		for (const g of groups) for (const i of g.steps) expect(picture(i), story.steps[i]!.id).toBe(picture(g.steps[0]!));
		const chapterOf = (g: (typeof groups)[number]) => story.steps[g.steps[0]!]!.chapter;
		const neighbours = groups.flatMap((g, k) => (k > 0 && chapterOf(groups[k - 1]!) === chapterOf(g) ? [[groups[k - 1]!, g] as const] : []));
		// Most chapters show more than one picture (story.aml): the check below must have pairs to check.
		expect(neighbours.length).toBeGreaterThan(5);
		for (const [prev, g] of neighbours) expect(picture(g.steps[0]!), story.steps[g.steps[0]!]!.id).not.toBe(picture(prev.steps[0]!));
	});

	test("the figure is the group's last step, with its alt text", () => {
		for (const g of groups) {
			const last = story.steps[g.steps.at(-1)!]!;
			expect([g.figure.stepId, g.figure.view, g.figure.alt]).toEqual([last.id, last.view, last.alt]);
		}
	});

	test('consecutive identical pictures share a group; a chapter boundary splits them', () => {
		const base = story.steps[0]!;
		const twin = (id: string, chapter: Story['steps'][number]['chapter']) => ({ ...base, id, chapter });
		const other = { ...base, id: 'd', chapter: 'invasion', camera: base.view === 'map' && base.camera === 'north' ? 'iraq' : 'north' } as Story['steps'][number];
		const s = { ...story, steps: [twin('a', 'opening'), twin('b', 'opening'), twin('c', 'invasion'), other, twin('e', 'invasion')] } as Story;
		expect(pictureGroups(s).map((g) => g.steps)).toEqual([[0, 1], [2], [3], [4]]);
		expect(pictureGroups(s)[0]!.figure.stepId).toBe('b');
	});
});

describe('yearGrid', () => {
	test('twelve slots per year, null where a month is missing, totals, years in order', () => {
		const series: MonthValue[] = [
			{ month: '2004-03', value: 5 },
			{ month: '2004-12', value: 7 },
			{ month: '2004-01', value: 0 },
			{ month: '2003-05', value: 130000 }
		];
		expect(yearGrid(series)).toEqual([
			{ year: 2003, values: [null, null, null, null, 130000, null, null, null, null, null, null, null], total: 130000 },
			{ year: 2004, values: [0, null, 5, null, null, null, null, null, null, null, null, 7], total: 12 }
		]);
		expect(yearGrid([])).toEqual([]);
	});

	test('on the real series: IBC has every month 2003–2014, and each total is its months’ sum', () => {
		const grid = yearGrid(deaths);
		expect(grid.map((r) => r.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2003 + i));
		for (const row of grid) {
			expect(row.values).toHaveLength(12);
			expect(row.values.every((v) => v !== null)).toBe(true);
			expect(row.total, String(row.year)).toBe(row.values.reduce((s: number, v) => s + v!, 0));
		}
		// The totals the story quotes (killing-peaks): 28,393 in 2006 and 25,063 in 2007.
		expect(grid.filter((r) => r.year === 2006 || r.year === 2007).map((r) => r.total)).toEqual([28393, 25063]);
	});

	test('on the real series: troops have no month-end level before May 2003 or after August 2010', () => {
		const grid = yearGrid(troops);
		expect(grid[0]!.year).toBe(2003);
		expect(grid[0]!.values.slice(0, 4)).toEqual([null, null, null, null]);
		expect(grid[0]!.values[4]).not.toBeNull();
		const y2010 = grid.find((r) => r.year === 2010)!;
		expect(y2010.values[7]).not.toBeNull();
		expect(y2010.values.slice(8)).toEqual([null, null, null, null]);
	});
});

describe('formatDate', () => {
	test.each([
		['2014', '2014'],
		['2014-06', 'June 2014'],
		['2014-06-10', '10 June 2014'],
		['2014-06-01', '1 June 2014'],
		['2003-01-31', '31 January 2003'],
		['2011-12', 'December 2011'],
		// Not a month: returned as written.
		['2014-13', '2014-13'],
		['2014-00-05', '2014-00-05']
	])('%s → %s', (input, output) => {
		expect(formatDate(input)).toBe(output);
	});
});

// The page writes numbers, Arabic month names and Arabic plurals without `Intl` (its first use costs a
// phone about 80 ms); these hold them to what `Intl` writes, with Western digits in both editions.
describe('formatters without Intl agree with Intl', () => {
	const numbers = [0, 1, 7, 12, 999, 1000, 1001, 4999, 12345, 99999, 100000, 500000, 1234567, 29126];
	test.each(numbers)('%d', (n) => {
		expect(formatNumber(n)).toBe(new Intl.NumberFormat('en-GB').format(n));
		expect(formatNumber(n)).toBe(new Intl.NumberFormat('ar-u-nu-latn').format(n));
	});
	test('Arabic month names', () => {
		const intl = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', timeZone: 'UTC' });
		expect(monthNames('ar')).toEqual(Array.from({ length: 12 }, (_, i) => intl.format(Date.UTC(2000, i, 1))));
		expect(formatDate('2014-06-10', 'ar')).toBe('10 يونيو 2014');
	});
	test('Arabic plural categories, 0 to 1,200', () => {
		const rules = new Intl.PluralRules('ar');
		for (let n = 0; n <= 1200; n++) expect(arabicPlural(n), String(n)).toBe(rules.select(n));
	});
});
