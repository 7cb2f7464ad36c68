import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStory } from '$lib/content/parseStory';
import { parseStoryTranslation, parseEventsTranslation } from '$lib/content/translation';
import { parsePlaces } from '$lib/data/places';
import { parseEvents } from '$lib/data/events';
import { stateForStep } from '$lib/graphic/state';
import { archieml } from '$lib/content/amlPlugin';

const EN = 'src/content/story.aml';
const AR = 'src/content/ar/story.aml';
const places = parsePlaces(readFileSync('src/lib/data/places.csv', 'utf8'));
const names = new Map(places.map((p) => [p.name, p.ar]));
const english = parseStory(readFileSync(EN, 'utf8'), EN, new Set(places.map((p) => p.name)));
const arabicSource = readFileSync(AR, 'utf8');
const parse = (source: string) => parseStoryTranslation(source, AR, english, EN, names);
const arabic = parse(arabicSource);

/** The Arabic file with one line changed: `from` must occur exactly once. */
function edit(from: string | RegExp, to: string): string {
	const hits = arabicSource.split('\n').filter((l) => (typeof from === 'string' ? l === from : from.test(l)));
	expect(hits, `${String(from)} should match one line`).toHaveLength(1);
	return arabicSource.split('\n').map((l) => (l === hits[0] ? to : l)).join('\n');
}
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l === text) + 1;

describe('the Arabic story', () => {
	test('has every English step, in order, with its words in Arabic', () => {
		expect(arabic.steps.map((s) => s.id)).toEqual(english.steps.map((s) => s.id));
		for (const [i, s] of arabic.steps.entries()) {
			expect(s.plain, s.id).toMatch(/\p{Script=Arabic}/u);
			expect(s.alt, s.id).toMatch(/\p{Script=Arabic}/u);
			expect(s.title, s.id).not.toBe(english.steps[i]!.title);
		}
	});

	test('shares the English pictures and sources: same cameras, shading, places, arrows and chart periods', () => {
		for (const [i, s] of arabic.steps.entries()) {
			const en = english.steps[i]!;
			expect(s.sources).toEqual(en.sources);
			expect(s.events).toEqual(en.events);
			expect(s.view).toBe(en.view);
			const [a, e] = [stateForStep(arabic, i), stateForStep(english, i)];
			if (s.view === 'map' && en.view === 'map') {
				expect([s.camera, s.highlight, s.tone, s.choropleth]).toEqual([en.camera, en.highlight, en.tone, en.choropleth]);
				expect(s.markers.map((m) => m.place)).toEqual(en.markers.map((m) => m.place));
				expect(s.arrows.map((x) => [x.kind, x.path])).toEqual(en.arrows.map((x) => [x.kind, x.path]));
			} else if (s.view === 'chart' && en.view === 'chart') {
				expect([s.from, s.to, s.troops, s.notes.map((n) => n.month)]).toEqual([en.from, en.to, en.troops, en.notes.map((n) => n.month)]);
			}
			expect(a.map.camera).toBe(e.map.camera);
		}
	});

	test('keeps every figure of the English: each number in an English step appears in its Arabic step', () => {
		// Numbers as written in the copy: 500,000; 3,977; 96.96; 2014. Year ranges ("2006–08") are
		// written out in Arabic ("2006-2008"), so a two-digit tail after a dash is left out.
		const numbers = (s: string) => (s.replace(/(\d{4})–(\d{2})\b/g, '$1').match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/[.,]$/, ''));
		for (const [i, s] of arabic.steps.entries()) {
			const en = english.steps[i]!;
			const found = new Set(numbers(`${s.plain} ${s.alt} ${s.title}`));
			for (const n of numbers(`${en.plain}`)) expect(found.has(n), `${en.id}: ${n}`).toBe(true);
		}
	});

	test('uses Western digits only (docs/TERMS.ar.md)', () => {
		expect(arabicSource).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
	});

	test('marks each place by its Arabic name from the gazetteer', () => {
		const step = arabic.steps.find((s) => s.id === 'half-million-flee')!;
		expect(step.view === 'map' && step.markers).toEqual([{ place: 'Mosul' }, { place: 'Dohuk', sub: expect.stringMatching(/200,000/) }, { place: 'Erbil', sub: expect.stringMatching(/100,000/) }]);
	});
});

describe('a translation that drifts from the English fails the build, naming the file, the line and the step', () => {
	test('a step the English lacks', () => {
		const bad = arabicSource.replace(/^id: mosul-falls$/m, 'id: mosul-taken');
		expect(() => parse(bad)).toThrow(`${AR}:${lineOf(bad, 'id: mosul-taken')}: step "mosul-taken" is not in ${EN}`);
	});

	test('a step left out', () => {
		const start = arabicSource.indexOf('id: half-million-flee');
		const end = arabicSource.indexOf('\nid: ', start + 5);
		expect(() => parse(arabicSource.slice(0, start) + arabicSource.slice(end + 1))).toThrow(`step "half-million-flee" is in ${EN} but not here`);
	});

	test('a different source on a step', () => {
		const bad = edit(/^sources: worldbook-mosul$/, 'sources: upi-mosul-iom');
		expect(() => parse(bad)).toThrow(`${AR}:${lineOf(bad, 'sources: upi-mosul-iom')}: step "mosul-falls" cites upi-mosul-iom here and worldbook-mosul in ${EN}`);
	});

	test('a place the English step does not mark', () => {
		const line = arabicSource.split('\n').find((l) => l.startsWith('markers: ') && l.includes('دهوك'))!;
		const bad = edit(line, line.replace('دهوك', 'كركوك'));
		expect(() => parse(bad)).toThrow(/step "half-million-flee" marks .*كركوك.* here, and src\/content\/story\.aml marks Mosul, Dohuk, Erbil/);
	});

	test('a name that is no place', () => {
		const line = arabicSource.split('\n').find((l) => l.startsWith('markers: ') && l.includes('دهوك'))!;
		const bad = edit(line, line.replace('دهوك', 'دهوكك'));
		expect(() => parse(bad)).toThrow(`${AR}:${lineOf(bad, line.replace('دهوك', 'دهوكك'))}: "دهوكك" is not a place's name in this language (places.csv)`);
	});

	test('a chart note for another month', () => {
		const bad = edit(/^month: 2003-03$/, 'month: 2003-04');
		expect(() => parse(bad)).toThrow(/step "insurgency-2003" has chart notes for 2003-04, 2003-08 here and 2003-03, 2003-08 in/);
	});

	test('a note the English step lacks', () => {
		const bad = arabicSource.replace(/^(id: mosul-falls[\s\S]*?)^alt: /m, '$1note: ملاحظة\nalt: ');
		expect(() => parse(bad)).toThrow(`${AR}:${lineOf(bad, 'note: ملاحظة')}: step "mosul-falls" has a note here, unlike ${EN}`);
	});

	test('chapters out of order', () => {
		const bad = arabicSource.replace(/^id: opening$/m, 'id: invasion-x');
		expect(() => parse(bad)).toThrow(`${AR}:${lineOf(bad, 'id: invasion-x')}: chapter 1 is "invasion-x" here and "opening" in ${EN}`);
	});
});

describe('the Arabic events', () => {
	const events = parseEvents(readFileSync('src/lib/data/events.csv', 'utf8'));
	const file = 'src/content/ar/events.aml';
	const source = () => readFileSync(file, 'utf8');
	test('are the 49 English events, in Arabic, with their dates, sources and chapters', () => {
		const ar = parseEventsTranslation(source(), file, events, 'src/lib/data/events.csv');
		expect(ar.map((e) => [e.id, e.date, e.chapter, e.sourceUrl])).toEqual(events.map((e) => [e.id, e.date, e.chapter, e.sourceUrl]));
		for (const e of ar) expect(e.title, e.id).toMatch(/\p{Script=Arabic}/u);
	});
	test('an event left out is named', () => {
		const bad = source().replace(/^id: E49$/m, 'id: E50');
		expect(() => parseEventsTranslation(bad, file, events, 'src/lib/data/events.csv')).toThrow(/event 49 is "E50" here and "E49" in src\/lib\/data\/events\.csv/);
	});
});

describe('the other translated pages, held to the English entries by the content plugin', () => {
	const plugin = archieml({ places: 'src/lib/data/places.csv', events: 'src/lib/data/events.csv', story: EN });
	const check = (name: string, source: string) => (plugin as unknown as { api: { check: (p: string, c: string) => unknown } }).api.check(`src/content/ar/${name}`, source);
	const classroom = readFileSync('src/content/ar/classroom.aml', 'utf8');

	test('the real files pass', () => {
		for (const name of ['classroom.aml', 'methodology.aml', 'datasets.aml', 'timeline.aml', 'events.aml', 'story.aml']) expect(() => check(name, readFileSync(`src/content/ar/${name}`, 'utf8'))).not.toThrow();
	});

	test('a question of another kind, or a glossary term the English lacks, fails at its line', () => {
		const kind = classroom.replace(/^kind: recall$/m, 'kind: analysis');
		expect(() => check('classroom.aml', kind)).toThrow(/src\/content\/ar\/classroom\.aml:\d+: question 1 is "opening analysis" here and "opening recall" in src\/content\/classroom\.aml/);
		const term = classroom.replace(/^id: sunni$/m, 'id: sunnis');
		expect(() => check('classroom.aml', term)).toThrow(/glossary term 1 is "sunnis" here and "sunni" in src\/content\/classroom\.aml/);
	});
});
