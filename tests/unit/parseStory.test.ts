import { describe, expect, test } from 'vitest';
import { parseStory, splitList } from '$lib/content/parseStory';
import { ContentError } from '$lib/content/ContentError';

const PLACES = new Set(['Mosul', 'Dohuk', 'Erbil', 'Baghdad']);

const CHAPTERS = ['opening', 'invasion', 'civil-war', 'syria', 'offensive', 'closing']
	.map((id) => `id: ${id}\nlabel: L\ntitle: T\nyears: Y\ndeck: D\n`)
	.join('\n');

const step = (id: string, chapter: string, extra = 'view: map\ncamera: iraq\n') =>
	`id: ${id}\nchapter: ${chapter}\n${extra}text: Words in a step.\nalt: A map.\nsources: iom\ntitle: A picture, 2014\n`;

function doc(steps: string) {
	return `title: A title
deck: A deck
byline: Desk
published: 2026-11-25
kicker: Somewhere, 2003–2014

{credits}
data: Deaths from [a count](https://example.org/count), a *floor*.
short: Sources: a count.
chart: Source: a count.
deathsTable: Deaths: a count.
troopsTable: Troops: a series.
{}

[sources]
id: iom
title: Report
publisher: IOM
date: 2014-06-11
url: https://example.org/iom
[]

[chapters]
${CHAPTERS}[]

[steps]
${steps}[]
`;
}

const ALL = ['opening', 'invasion', 'civil-war', 'syria', 'offensive', 'closing'].map((c, i) => step(`s${i}`, c)).join('\n');

function errorOf(source: string): ContentError {
	try {
		parseStory(source, 'story.aml', PLACES);
	} catch (e) {
		if (e instanceof ContentError) return e;
		throw e;
	}
	throw new Error('expected a ContentError');
}

/** 1-based line of the `nth` (0-based) line containing `text`. */
function lineOf(source: string, text: string, nth = 0): number {
	const lines = source.split('\n');
	let seen = -1;
	for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(text) && ++seen === nth) return i + 1;
	throw new Error(`"${text}" not in the source`);
}

describe('parseStory', () => {
	test('parses a valid document into typed steps', () => {
		const story = parseStory(doc(ALL), 'story.aml', PLACES);
		expect(story.steps).toHaveLength(6);
		expect(story.steps[0]).toMatchObject({ id: 's0', chapter: 'opening', view: 'map', camera: 'iraq', tone: 'neutral', sources: ['iom'] });
		expect(story.steps[0]!.html).toBe('<p>Words in a step.</p>');
	});

	test('reads the kicker and the credits, the data credit as HTML', () => {
		const story = parseStory(doc(ALL), 'story.aml', PLACES);
		expect(story.kicker).toBe('Somewhere, 2003–2014');
		expect(story.credits).toEqual({
			data: '<p>Deaths from <a href="https://example.org/count">a count</a>, a <em>floor</em>.</p>',
			short: 'Sources: a count.',
			chart: 'Source: a count.',
			deathsTable: 'Deaths: a count.',
			troopsTable: 'Troops: a series.'
		});
	});

	test('reads map markers with second lines and arrows', () => {
		const extra = 'view: map\ncamera: north\nhighlight: Nineveh\nkey: Nineveh province\ntone: displacement\nmarkers: Mosul, Dohuk (200,000)\n[.arrows]\nkind: displacement\npath: Mosul, Dohuk\n[]\n';
		const story = parseStory(doc(ALL.replace(step('s0', 'opening'), step('s0', 'opening', extra))), 'story.aml', PLACES);
		expect(story.steps[0]).toMatchObject({
			title: 'A picture, 2014',
			highlight: ['Nineveh'],
			key: 'Nineveh province',
			markers: [{ place: 'Mosul' }, { place: 'Dohuk', sub: '200,000' }],
			arrows: [{ kind: 'displacement', path: ['Mosul', 'Dohuk'] }]
		});
	});

	test('reads a source dated YYYY, YYYY-MM, YYYY-MM-DD or undated', () => {
		for (const date of ['2014', '2014-06', '2014-06-11', 'undated'])
			expect(parseStory(doc(ALL).replace('date: 2014-06-11', `date: ${date}`), 'story.aml', PLACES).sources[0]!.date).toBe(date);
	});

	test('takes its chapters, ids and order, from the [chapters] list', () => {
		const two = doc(step('a', 'beta') + '\n' + step('b', 'alpha')).replace(CHAPTERS, 'id: beta\nlabel: B\ntitle: T\nyears: Y\ndeck: D\n\nid: alpha\nlabel: A\ntitle: T\nyears: Y\ndeck: D\n');
		const story = parseStory(two, 'story.aml', PLACES);
		expect(story.chapters.map((c) => c.id)).toEqual(['beta', 'alpha']);
		expect(story.steps.map((s) => s.chapter)).toEqual(['beta', 'alpha']);
	});

	const failures: { name: string; replace: [string, string]; message: RegExp; at: string; nth?: number; lineOffset?: number }[] = [
		{ name: 'an unknown view', replace: ['id: s2\nchapter: civil-war\nview: map', 'id: s2\nchapter: civil-war\nview: globe'], message: /unknown view "globe"/, at: 'view: globe' },
		{ name: 'a step without text', replace: ['id: s3\nchapter: syria\nview: map\ncamera: iraq\ntext: Words in a step.\n', 'id: s3\nchapter: syria\nview: map\ncamera: iraq\n'], message: /missing text/, at: 'id: s3' },
		{ name: 'a step without alt text', replace: ['camera: iraq\ntext: Words in a step.\nalt: A map.\nsources: iom\ntitle: A picture, 2014\n\nid: s5', 'camera: iraq\ntext: Words in a step.\nsources: iom\ntitle: A picture, 2014\n\nid: s5'], message: /missing alt/, at: 'id: s4' },
		{ name: 'an unknown place', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\nmarkers: Mosul, Atlantis\n'], message: /unknown place "Atlantis"/, at: 'markers: Mosul, Atlantis' },
		{ name: 'an unknown governorate', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\nhighlight: Nineveh, Narnia\n'], message: /unknown governorate "Narnia"/, at: 'highlight: Nineveh, Narnia' },
		{ name: 'an unknown camera', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq', 'id: s1\nchapter: invasion\nview: map\ncamera: moon'], message: /unknown camera "moon"/, at: 'camera: moon' },
		{ name: 'an unknown source', replace: ['id: s2\nchapter: civil-war\nview: map\ncamera: iraq\ntext: Words in a step.\nalt: A map.\nsources: iom', 'id: s2\nchapter: civil-war\nview: map\ncamera: iraq\ntext: Words in a step.\nalt: A map.\nsources: iom, rumour'], message: /unknown source "rumour"/, at: 'sources: iom, rumour' },
		{ name: 'an unknown chapter', replace: ['id: s1\nchapter: invasion', 'id: s1\nchapter: epilogue'], message: /^story\.aml:\d+: unknown chapter "epilogue"$/, at: 'chapter: epilogue' },
		{ name: 'a duplicate chapter id', replace: ['id: closing\n', 'id: offensive\n'], message: /^story\.aml:\d+: duplicate chapter id "offensive"$/, at: 'id: offensive', nth: 1 },
		{ name: 'a chapter id that is not a slug', replace: ['id: civil-war\n', 'id: Civil War\n'], message: /chapter id must be lowercase-with-dashes/, at: 'id: Civil War' },
		{ name: 'a step out of chapter order', replace: ['id: s2\nchapter: civil-war', 'id: s2\nchapter: opening'], message: /^story\.aml:\d+: step "s2" is in chapter "opening" after a later chapter/, at: 'chapter: opening', nth: 1 },
		{ name: 'a duplicate step id', replace: ['id: s1\n', 'id: s0\n'], message: /duplicate step id "s0"/, at: 'chapter: invasion', lineOffset: -1 },
		{ name: 'a chart month outside the series', replace: ['id: s5\nchapter: closing\nview: map\ncamera: iraq\n', 'id: s5\nchapter: closing\nview: chart\nfrom: 2001-01\nto: 2003-05\n'], message: /from 2001-01 is outside the series/, at: 'from: 2001-01' },
		{ name: 'an arrow with one place', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\n[.arrows]\nkind: us\npath: Baghdad\n[]\n'], message: /two or more places/, at: 'path: Baghdad' },
		{ name: 'a story without a kicker', replace: ['kicker: Somewhere, 2003–2014\n', ''], message: /^story\.aml:1: missing kicker$/, at: 'title: A title' },
		{ name: 'an empty kicker', replace: ['kicker: Somewhere, 2003–2014', 'kicker:  '], message: /^story\.aml:\d+: kicker is empty$/, at: 'kicker:' },
		{ name: 'a story without {credits}', replace: ['{credits}\ndata: Deaths from [a count](https://example.org/count), a *floor*.\nshort: Sources: a count.\nchart: Source: a count.\ndeathsTable: Deaths: a count.\ntroopsTable: Troops: a series.\n{}\n', ''], message: /^story\.aml:1: missing credits$/, at: 'title: A title' },
		{ name: 'credits without a data line', replace: ['data: Deaths from [a count](https://example.org/count), a *floor*.\n', ''], message: /^story\.aml:\d+: missing data$/, at: '{credits}' },
		{ name: 'an empty short credit', replace: ['short: Sources: a count.', 'short:'], message: /^story\.aml:\d+: credits short is empty$/, at: 'short:' },
		{ name: 'credits without a chart line', replace: ['chart: Source: a count.\n', ''], message: /^story\.aml:\d+: missing chart$/, at: '{credits}' },
		{ name: 'credits without a troops table note', replace: ['troopsTable: Troops: a series.\n', ''], message: /^story\.aml:\d+: missing troopsTable$/, at: '{credits}' },
		{ name: 'a key on a step that shades nothing', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\nkey: Held by ISIL\n'], message: /^story\.aml:\d+: a key says what the shading means: this step shades nothing$/, at: 'key: Held by ISIL' },
		{ name: 'a title over 70 characters', replace: ['sources: iom\ntitle: A picture, 2014\n\nid: s2', `sources: iom\ntitle: ${'A very long title '.repeat(5)}\n\nid: s2`], message: /title is longer than 70 characters/, at: 'title: A very long' },
		{ name: 'a step without a title', replace: ['sources: iom\ntitle: A picture, 2014\n\nid: s2', 'sources: iom\n\nid: s2'], message: /^story\.aml:\d+: missing title$/, at: 'id: s1' },
		{ name: 'shading without a key', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\nhighlight: Nineveh\n'], message: /^story\.aml:\d+: a step that shades governorates needs a key: saying what the shading means$/, at: 'highlight: Nineveh' },
		{ name: 'a source date in words', replace: ['date: 2014-06-11', 'date: June 2014'], message: /source date must be YYYY, YYYY-MM, YYYY-MM-DD or undated/, at: 'date: June 2014' },
		{ name: 'a source without a date (say undated instead)', replace: ['date: 2014-06-11\n', ''], message: /missing date/, at: 'id: iom' },
		{ name: 'a source URL that is not http', replace: ['url: https://example.org/iom', 'url: javascript:alert(1)'], message: /source url/, at: 'url: javascript' }
	];

	test.each(failures)('fails on $name with its file and line', ({ replace, message, at, nth = 0, lineOffset = 0 }) => {
		const source = doc(ALL).replace(replace[0], replace[1]);
		expect(source).not.toBe(doc(ALL));
		const err = errorOf(source);
		expect(err.message).toMatch(message);
		expect(err.file).toBe('story.aml');
		expect(err.line).toBe(lineOf(source, at, nth) + lineOffset);
		expect(err.message.startsWith(`story.aml:${err.line}: `)).toBe(true);
	});

	test('fails when a chapter’s steps are split', () => {
		const source = doc(ALL + step('late', 'opening'));
		const err = errorOf(source);
		expect(err.message).toMatch(/step "late" is in chapter "opening" after a later chapter/);
		expect(err.line).toBe(lineOf(source, 'chapter: opening', 1));
	});

	test('fails when a chapter has no steps', () => {
		const source = doc(ALL.replace(step('s3', 'syria'), ''));
		expect(errorOf(source).message).toBe(`story.aml:${lineOf(source, 'id: syria')}: chapter "syria" has no steps`);
	});

	test('fails on an empty [chapters] list', () => {
		const source = doc(ALL).replace(CHAPTERS, '');
		expect(errorOf(source).message).toBe(`story.aml:${lineOf(source, '[chapters]')}: the story has no chapters`);
	});

	test('fails on text that is not ArchieML at all', () => {
		expect(errorOf('just words, no keys').message).toMatch(/story.aml:\d+: missing/);
	});

	test('splits lists on commas outside brackets', () => {
		expect(splitList('Mosul, Dohuk (200,000), Erbil')).toEqual(['Mosul', 'Dohuk (200,000)', 'Erbil']);
		expect(splitList(undefined)).toEqual([]);
	});
});

describe('corrections', () => {
	const withCorrections = (list: string) => doc(ALL) + `\n[corrections]\n${list}[]\n`;
	const entry = (date: string, stepId: string) => `date: ${date}\nstep: ${stepId}\nwrong: It said *1,000*.\nnow: It says 100, as [the report](https://example.org/r) has it.\n`;

	test('are read newest first, their words as inline HTML; none is an empty list', () => {
		expect(parseStory(doc(ALL), 'story.aml', PLACES).corrections).toEqual([]);
		const story = parseStory(withCorrections(entry('2026-11-26', 's1') + '\n' + entry('2026-12-02', 's3')), 'story.aml', PLACES);
		expect(story.corrections.map((c) => `${c.date} ${c.step}`)).toEqual(['2026-12-02 s3', '2026-11-26 s1']);
		expect(story.corrections[0]).toMatchObject({ wrong: 'It said <em>1,000</em>.', now: 'It says 100, as <a href="https://example.org/r">the report</a> has it.' });
	});

	test('one of a step that does not exist fails, at its line', () => {
		const source = withCorrections(entry('2026-11-26', 'nowhere'));
		const err = errorOf(source);
		expect(err.message).toBe(`story.aml:${lineOf(source, 'step: nowhere')}: correction of unknown step "nowhere"`);
	});

	test('one dated before publication fails, at its line', () => {
		const source = withCorrections(entry('2026-11-24', 's2'));
		const err = errorOf(source);
		expect(err.message).toBe(`story.aml:${lineOf(source, 'date: 2026-11-24')}: correction dated 2026-11-24, before the story was published (2026-11-25)`);
	});

	test('one with a date that is not a date fails', () => {
		expect(errorOf(withCorrections(entry('26 November', 's2'))).message).toMatch(/correction date must be YYYY-MM-DD/);
	});
});
