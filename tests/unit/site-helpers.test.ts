import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import vm from 'node:vm';
import { parseStory } from '$lib/content/parseStory';
import { sourceNumbers } from '$lib/content/story';
import { pictureGroups } from '$lib/graphic/figures';
import type { Story } from '$lib/content/types';
import { deaths, places, troops } from '$lib/data/load.server';
import { parseEvents } from '$lib/data/events';
import { yearGrid, yearTotal, type MonthValue } from '$lib/data/series';
import { formatDate } from '$lib/format';
import { stateForStep } from '$lib/graphic/state';
import { deferStart } from '$lib/server/deferStart';

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

	test('on the real story: 1…n in order of first citation, covering every cited source', () => {
		const numbers = sourceNumbers(story);
		const firstCited = [...new Set(story.steps.flatMap((s) => s.sources))];
		expect([...numbers.keys()]).toEqual(firstCited);
		expect([...numbers.values()]).toEqual(firstCited.map((_, i) => i + 1));
		expect(numbers.get(story.steps[0]!.sources[0]!)).toBe(1);
		for (const s of story.sources) expect(numbers.has(s.id), s.id).toBe(true);
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
		groups.forEach((g, k) => {
			const prev = groups[k - 1];
			if (!prev || story.steps[prev.steps[0]!]!.chapter !== story.steps[g.steps[0]!]!.chapter) return;
			expect(picture(g.steps[0]!)).not.toBe(picture(prev.steps[0]!));
		});
	});

	test("the figure is the group's last step, with its alt text", () => {
		for (const g of groups) {
			const last = g.steps.at(-1)!;
			expect(g.figure).toEqual(stateForStep(story, last));
			expect(g.figure.alt).toBe(story.steps[last]!.alt);
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

	test('on the real series: IBC has every month 2003–2014 and totals match yearTotal', () => {
		const grid = yearGrid(deaths);
		expect(grid.map((r) => r.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2003 + i));
		for (const row of grid) {
			expect(row.values).toHaveLength(12);
			expect(row.values.every((v) => v !== null)).toBe(true);
			expect(row.total).toBe(yearTotal(deaths, row.year));
		}
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

describe('deferStart', () => {
	const sha256 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
	const THEME = "(function(){document.documentElement.classList.add('js')})()";
	const START = `
				{
					__sveltekit_abc = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/a.js"),
						import("/b.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 4],
							data: [null, { type: "data", data: { ids: [1, 2] } }]
						});
					});
				}
			`;
	const page = (start: string, hash = sha256(start)) =>
		`<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${sha256(THEME)}' '${hash}'; style-src 'self'">` +
		`<script>${THEME}</script></head><body><div style="display: contents"><p>Text</p>\n\t\t\t<script>${start}</script>\n\t\t</div></body></html>`;
	const startScript = (html: string) => /<script>([^<]*const element[\s\S]*?)<\/script>/.exec(html)![1]!;

	const html = page(START);
	const out = deferStart(html);
	const script = startScript(out);

	test('rewrites the start-up script and nothing else around it', () => {
		expect(out).not.toBe(html);
		expect(script).not.toBe(START);
		expect(out.replace(script, 'X').replace(/'sha256-[^']+'/g, 'H')).toBe(html.replace(START, 'X').replace(/'sha256-[^']+'/g, 'H'));
		expect(out).toContain(`<script>${THEME}</script>`);
	});

	test('keeps both imports and the start call, after a wait for the first paint', () => {
		expect(script).toContain('import("/a.js")');
		expect(script).toContain('import("/b.js")');
		expect(script).toContain('kit.start(app, element, {');
		expect(script).toContain('first-contentful-paint');
		expect(script.indexOf('PerformanceObserver')).toBeLessThan(script.indexOf('import("/a.js")'));
		expect(script).toMatch(/\.then\(\(\) => Promise\.all\(\[/);
	});

	test('replaces the script’s hash in the CSP with the new one and keeps the others', () => {
		const csp = /content="([^"]*)"/.exec(out)![1]!;
		expect(csp).toContain(`'${sha256(script)}'`);
		expect(csp).not.toContain(`'${sha256(START)}'`);
		expect(csp).toContain(`'${sha256(THEME)}'`);
		expect(csp.replace(sha256(script), 'H')).toBe(/content="([^"]*)"/.exec(html)![1]!.replace(sha256(START), 'H'));
	});

	test('the new script is valid JavaScript', () => {
		expect(() => new vm.Script(script)).not.toThrow();
	});

	/** Runs the rewritten script with `import()` swapped for a stub, and reports what happened. */
	function run(withObserver: boolean) {
		const calls: string[] = [];
		let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | undefined;
		const element = { id: 'root' };
		const context = vm.createContext({
			document: { currentScript: { parentElement: element } },
			setTimeout,
			clearTimeout,
			__import: (url: string) => {
				calls.push(`import ${url}`);
				return Promise.resolve(url === '/a.js' ? { start: (_app: unknown, el: unknown) => calls.push(`start ${el === element}`) } : { name: 'app' });
			},
			...(withObserver
				? {
						PerformanceObserver: class {
							constructor(cb: typeof observer) {
								observer = cb;
							}
							observe(opts: unknown) {
								calls.push(`observe ${JSON.stringify(opts)}`);
							}
						}
					}
				: {})
		});
		new vm.Script(script.replace(/\bimport\(/g, '__import(')).runInContext(context);
		return { calls, paint: (names: string[]) => observer!({ getEntriesByName: (n) => names.filter((x) => x === n) }) };
	}
	const tick = () => new Promise((r) => setTimeout(r, 0));

	test('imports nothing until the first contentful paint, then starts the app', async () => {
		const { calls, paint } = run(true);
		await tick();
		expect(calls).toEqual(['observe {"type":"paint","buffered":true}']);
		paint(['first-paint']);
		await tick();
		expect(calls).toHaveLength(1);
		paint(['first-contentful-paint']);
		await tick();
		expect(calls.slice(1)).toEqual(['import /a.js', 'import /b.js', 'start true']);
	});

	test('without PerformanceObserver it starts on the next task', async () => {
		const { calls } = run(false);
		expect(calls).toEqual([]);
		await tick();
		await tick();
		expect(calls).toEqual(['import /a.js', 'import /b.js', 'start true']);
	});

	test.each([
		{ name: 'there is no start-up script', html: `<html><head></head><body><script>${THEME}</script></body></html>` },
		{ name: 'the start-up script has no Promise.all', html: page(START.replace('Promise.all([', 'Promise.any([')) },
		{ name: 'the script is not inline', html: '<html><body><script src="/start.js"></script><div>const element = document.currentScript.parentElement;</div></body></html>' }
	])('returns the page unchanged when $name', ({ html }) => {
		expect(deferStart(html)).toBe(html);
	});

	// The imports' array is found by its matching bracket, not by the first "])" after it.
	test('leaves a differently closed Promise.all alone rather than breaking it', () => {
		const odd = page(START.replace(/\n\t*\]\)\.then\(\(\[kit/, '\n] ).then(([kit'));
		expect(odd).toContain('] ).then(([kit, app]) =>');
		const res = deferStart(odd);
		if (res !== odd) expect(() => new vm.Script(startScript(res))).not.toThrow();
	});

	test('without a matching CSP hash, rewrites the script but leaves the policy alone', () => {
		const other = page(START, 'sha256-somethingelse=');
		const res = deferStart(other);
		expect(startScript(res)).toBe(script);
		expect(res).toContain("'sha256-somethingelse='");
	});

	test('handles "$" patterns in the script literally', () => {
		const dollar = START.replace('base: ""', () => 'base: "$&$1$$"');
		const res = deferStart(page(dollar));
		expect(startScript(res)).toContain('base: "$&$1$$"');
		expect(res).toContain(`'${sha256(startScript(res))}'`);
	});
});
