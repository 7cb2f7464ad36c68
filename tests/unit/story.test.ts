import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { parseStory } from '$lib/content/parseStory';
import { countWords } from '$lib/content/markup';
import { parsePlaces } from '$lib/data/places';
import { parseDeaths, parseTroops, yearTotal } from '$lib/data/series';
import { stateForStep, stepIndex } from '$lib/graphic/state';
import { CAMERAS } from '$lib/content/vocabulary';

const places = parsePlaces(readFileSync('src/lib/data/places.csv', 'utf8'));
const story = parseStory(readFileSync('src/content/story.aml', 'utf8'), 'src/content/story.aml', new Set(places.map((p) => p.name)));
const deaths = parseDeaths(readFileSync('src/lib/data/civilian_deaths_monthly.csv', 'utf8'));
const troops = parseTroops(readFileSync('src/lib/data/us_troops.csv', 'utf8'));
/** The story's chapters, in order, as the issues set them out. */
const CHAPTERS = ['opening', 'invasion', 'civil-war', 'syria', 'offensive', 'closing'];

describe('the story', () => {
	// 36 steps after the editor's pass split the crowded ones, and one more for the referendum map.
	test('has 24 to 37 steps across the six chapters', () => {
		expect(story.steps.length).toBeGreaterThanOrEqual(24);
		expect(story.steps.length).toBeLessThanOrEqual(37);
		expect(story.chapters.map((c) => c.id)).toEqual(CHAPTERS);
		expect([...new Set(story.steps.map((s) => s.chapter))]).toEqual(CHAPTERS);
	});

	test.each(story.steps.map((s) => ({ id: s.id, words: countWords(s.plain) })))('step $id has 40 to 90 words ($words)', ({ words }) => {
		expect(words).toBeGreaterThanOrEqual(40);
		expect(words).toBeLessThanOrEqual(90);
	});

	test('credits its data: the data credit links to IBC’s database; the chart names IBC and the Guardian Datablog', () => {
		expect(story.credits.data).toContain('<a href="https://www.iraqbodycount.org/database/">Iraq Body Count</a>');
		expect(story.credits.data).toMatch(/Guardian Datablog[\s\S]*Natural Earth/);
		expect(story.credits.chart).toMatch(/^Source: Iraq Body Count \(.*\)\. US troops: Guardian Datablog/);
		expect(story.credits.short).toMatch(/Iraq Body Count; Natural Earth/);
	});

	test('never says parliament declared a state of emergency', () => {
		for (const s of story.steps) expect(s.plain).not.toMatch(/parliament (has )?declared/i);
	});

	test('attributes Juan Cole’s argument wherever it appears', () => {
		for (const s of story.steps.filter((s) => /Cole/.test(s.plain))) expect(s.plain).toMatch(/Juan Cole|Cole (argues|writes|says|wrote|replies|calls)/);
	});

	test('cites every source it lists, with http(s) links', () => {
		const cited = new Set(story.steps.flatMap((s) => s.sources));
		for (const s of story.sources) {
			expect(cited.has(s.id), s.id).toBe(true);
			expect(s.url).toMatch(/^https?:\/\//);
		}
	});

	test('quotes the yearly IBC totals exactly as the data sums them', () => {
		const text = story.steps.map((s) => s.plain).join(' ');
		for (const year of [2006, 2007, 2008, 2013, 2014]) {
			const total = new Intl.NumberFormat('en-US').format(yearTotal(deaths, year));
			expect(text, `${year}: ${total}`).toContain(total);
		}
	});
});

describe('stateForStep', () => {
	const at = (id: string) => {
		const i = stepIndex(story, id);
		expect(i, `step ${id} is in the story`).toBeGreaterThanOrEqual(0);
		return stateForStep(story, i);
	};
	const topo = JSON.parse(readFileSync('src/lib/data/map.topo.json', 'utf8')) as Topology;
	const governorates = new Set(feature(topo, topo.objects.governorates as GeometryCollection).features.map((g) => String(g.id)));
	const placeNames = new Set(places.map((p) => p.name));
	const months = new Set(deaths.map((d) => d.month));

	// Both views are always complete, so a switch of view morphs from a real picture: the visible view
	// is the step's own, and every camera, governorate, place and month it names exists in the data.
	test.each(story.steps.map((s, i) => ({ id: s.id, i })))('step $id has a complete picture', ({ id, i }) => {
		const state = stateForStep(story, i);
		const step = story.steps[i]!;
		expect([state.stepId, state.index, state.view, state.alt]).toEqual([id, i, step.view, step.alt]);
		expect(Object.keys(CAMERAS)).toContain(state.map.camera);
		for (const g of state.map.highlight) expect(governorates, g).toContain(g);
		for (const m of state.map.markers) expect(placeNames, m.place).toContain(m.place);
		for (const a of state.map.arrows) for (const p of a.path) expect(placeNames, p).toContain(p);
		expect(months, state.chart.from).toContain(state.chart.from);
		expect(months, state.chart.to).toContain(state.chart.to);
		expect(state.chart.from <= state.chart.to).toBe(true);
	});

	// Expected pictures read by hand from src/content/story.aml, not from stateForStep.
	test('shows each step’s own picture: a map step its camera and marks, a chart step its period', () => {
		expect(at('baghdad-falls').map).toMatchObject({ camera: 'baghdad', tone: 'us' });
		expect(at('two-orders').map).toMatchObject({ camera: 'baghdad', note: 'About 400,000 soldiers out of work', markers: [{ place: 'Baghdad' }] });
		expect(at('awakening').map).toMatchObject({ camera: 'anbar', highlight: ['Anbar'], key: 'Anbar province' });
		expect(at('the-surge').chart).toMatchObject({ from: '2007-01', to: '2007-12', troops: true });
	});

	test('keeps the last map behind a chart, so the views morph from what the reader saw', () => {
		// insurgency-2003 (a chart) follows two-orders; the-surge follows killing-peaks, which follows awakening.
		expect(at('insurgency-2003').map).toMatchObject({ camera: 'baghdad', note: 'About 400,000 soldiers out of work' });
		expect(at('the-surge').map).toMatchObject({ camera: 'anbar', highlight: ['Anbar'] });
		// Before any chart, the hidden chart is the first one the reader will meet.
		expect(at('mosul-falls').chart).toMatchObject({ from: '2003-01', to: '2003-12' });
	});

	// A pure function of the step: what was drawn before must not leak in. Reached straight from the
	// end of the story (a map of the whole region), a chart still keeps the map of the step before it.
	test('is the same whether reached step by step or directly, in any order', () => {
		stateForStep(story, story.steps.length - 1);
		expect(at('the-surge').map.camera).toBe('anbar');
		stateForStep(story, stepIndex(story, 'two-orders'));
		expect(at('killing-peaks').map.camera).toBe('anbar');
		const forward = story.steps.map((_, i) => stateForStep(story, i));
		const backward = story.steps.map((_, i) => stateForStep(story, story.steps.length - 1 - i)).reverse();
		expect(backward).toEqual(forward);
	});

	test.each([
		{ name: 'negative', index: -3, expected: 0 },
		{ name: 'past the end', index: 9999, expected: story.steps.length - 1 },
		{ name: 'NaN', index: Number.NaN, expected: 0 },
		{ name: 'fractional', index: 2.7, expected: 2 }
	])('clamps a $name index', ({ index, expected }) => {
		expect(stateForStep(story, index).index).toBe(expected);
	});

	test('finds steps by id and returns -1 for unknown ids', () => {
		expect(stepIndex(story, story.steps[3]!.id)).toBe(3);
		expect(stepIndex(story, '<script>')).toBe(-1);
	});
});

describe('the data', () => {
	test('has every month of IBC deaths from 2003-01 to 2014-12', () => {
		expect(deaths).toHaveLength(144);
		expect(deaths[0]!.month).toBe('2003-01');
		expect(deaths.at(-1)!.month).toBe('2014-12');
	});

	test('has month-end troop levels peaking at 171,000 in October 2007', () => {
		const peak = troops.reduce((a, b) => (b.value > a.value ? b : a));
		expect(peak).toEqual({ month: '2007-10', value: 171000 });
	});

	test('places every Iraqi and Syrian place inside its governorate on the map', () => {
		const topo = JSON.parse(readFileSync('src/lib/data/map.topo.json', 'utf8')) as Topology;
		const govs = feature(topo, topo.objects.governorates as GeometryCollection).features;
		// places.csv spells one governorate as its English name, the map as its transliteration.
		const alias: Record<string, string> = { Saladin: 'Salahuddin' };
		// Named exceptions, so that a misspelt governorate fails instead of dropping its places from the check.
		const NOT_CHECKED: Record<string, string> = {
			'Kuwait City': 'no Kuwaiti governorates on the map',
			'al-Qaim / Abu Kamal crossing': 'on the border line between two governorates',
			// Added from events.csv E10: it lies on Baghdad's western edge, which the simplified shapes put in Anbar.
			'Abu Ghraib prison': 'on a simplified border'
		};
		const checked: string[] = [];
		for (const p of places) {
			if (p.name in NOT_CHECKED) continue;
			const name = p.governorate.replace(/ \(.*$/, '');
			const gov = govs.find((g) => g.id === (alias[name] ?? name));
			expect(gov, `${p.name}: no governorate "${name}" on the map`).toBeDefined();
			expect(geoContains(gov!, [p.lon, p.lat]), `${p.name} in ${gov!.id}`).toBe(true);
			checked.push(p.name);
		}
		expect(checked.length).toBe(places.length - Object.keys(NOT_CHECKED).length);
	});
});
