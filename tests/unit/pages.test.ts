import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContentError } from '$lib/content/ContentError';
import { linkGlossary } from '$lib/content/glossary';
import { parseClassroom, parseDatasets, parseMethodology, parseTimelineNotes, type ContentRefs } from '$lib/content/pages';
import { parseStory } from '$lib/content/parseStory';
import { checkEventChapters, parseEvents } from '$lib/data/events';
import { parsePlaces } from '$lib/data/places';

const read = (path: string) => readFileSync(path, 'utf8');
const REFS: ContentRefs = { sourceIds: new Set(['iom', 'ibc']), chapterIds: new Set(['opening', 'invasion']), eventIds: new Set(['E01', 'E02']) };
/** The story's chapters, in order, as the issues set them out. */
const CHAPTERS = ['opening', 'invasion', 'civil-war', 'syria', 'offensive', 'closing'];

/** The ContentError a parse throws (anything else fails the test). */
function errorOf(parse: () => unknown): ContentError {
	try {
		parse();
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

interface Failure {
	name: string;
	replace: [string, string];
	message: RegExp;
	/** The line the error must point at: the `nth` line containing `at`. */
	at: string;
	nth?: number;
}

/** Runs each mistake through `parse` and checks the message and its `file:line:` prefix. */
function failsAt(file: string, valid: string, parse: (source: string) => unknown, failures: Failure[]) {
	test.each(failures)('fails on $name at its line', ({ replace, message, at, nth = 0 }) => {
		const source = valid.replace(replace[0], replace[1]);
		expect(source, 'the replacement applies').not.toBe(valid);
		const err = errorOf(() => parse(source));
		expect(err.message).toMatch(message);
		expect(err.file).toBe(file);
		expect(err.line).toBe(lineOf(source, at, nth));
		expect(err.message.startsWith(`${file}:${err.line}: `)).toBe(true);
	});
}

describe('parseClassroom', () => {
	const CLASSROOM = `intro: Use the story in class.

Second paragraph.
:end

contentNote: The story describes *killings*.

[objectives]
* Students can put events in *order*.
* Students can weigh explanations.
[]

[questions]
chapter: opening
text: How many people left Mosul?
kind: recall
answer: About half a *million*.

chapter: invasion
text: Was Order 2 a mistake?
kind: competing-explanations
answer: Critics say so; its authors disagreed.
[]

[glossary]
id: shia
term: Shia
also: Shias, Shiite
definition: Shia Muslims follow the second *branch* of Islam.
sources: iom, ibc

id: cpa
term: Coalition Provisional Authority (CPA)
also:
definition: The occupation administration.
sources:
[]
`;
	const parse = (source: string) => parseClassroom(source, 'classroom.aml', REFS);

	test('parses a valid document', () => {
		const c = parse(CLASSROOM);
		expect(c.intro).toBe('<p>Use the story in class.</p><p>Second paragraph.</p>');
		expect(c.contentNote).toBe('<p>The story describes <em>killings</em>.</p>');
		expect(c.objectives).toEqual(['Students can put events in <em>order</em>.', 'Students can weigh explanations.']);
		expect(c.questions).toEqual([
			{ chapter: 'opening', kind: 'recall', html: 'How many people left Mosul?', answer: 'About half a <em>million</em>.' },
			{ chapter: 'invasion', kind: 'competing-explanations', html: 'Was Order 2 a mistake?', answer: 'Critics say so; its authors disagreed.' }
		]);
		expect(c.glossary).toEqual([
			{ id: 'shia', term: 'Shia', also: ['Shias', 'Shiite'], html: 'Shia Muslims follow the second <em>branch</em> of Islam.', plain: 'Shia Muslims follow the second branch of Islam.', sources: ['iom', 'ibc'] },
			{ id: 'cpa', term: 'Coalition Provisional Authority (CPA)', also: [], html: 'The occupation administration.', plain: 'The occupation administration.', sources: [] }
		]);
	});

	failsAt('classroom.aml', CLASSROOM, parse, [
		{ name: 'an unknown chapter in a question', replace: ['chapter: invasion', 'chapter: epilogue'], message: /unknown chapter "epilogue"/, at: 'chapter: epilogue' },
		{ name: 'a chapter the story does not have', replace: ['chapter: invasion', 'chapter: syria'], message: /^classroom\.aml:\d+: unknown chapter "syria"$/, at: 'chapter: syria' },
		{ name: 'an unknown question kind', replace: ['kind: competing-explanations', 'kind: essay'], message: /unknown question kind "essay"/, at: 'kind: essay' },
		{ name: 'a question without text', replace: ['text: Was Order 2 a mistake?\n', ''], message: /missing text/, at: 'chapter: invasion' },
		{ name: 'a question without an answer', replace: ['answer: Critics say so; its authors disagreed.\n', ''], message: /missing answer/, at: 'chapter: invasion' },
		{ name: 'an empty answer', replace: ['answer: About half a *million*.', 'answer:'], message: /answer is empty/, at: 'answer:' },
		{ name: 'a guide without a content note', replace: ['contentNote: The story describes *killings*.\n', ''], message: /missing contentNote/, at: 'intro: Use the story in class.' },
		{ name: 'a duplicate glossary id', replace: ['id: cpa', 'id: shia'], message: /duplicate id "shia"/, at: 'id: shia', nth: 1 },
		{ name: 'a glossary id that is not a slug', replace: ['id: cpa', 'id: The CPA'], message: /term id must be lowercase-with-dashes/, at: 'id: The CPA' },
		{ name: 'an unknown source in a glossary entry', replace: ['sources: iom, ibc', 'sources: iom, rumour'], message: /unknown source "rumour"/, at: 'sources: iom, rumour' },
		{ name: 'an unknown source in a later glossary entry', replace: ['sources:\n[]', 'sources: blog\n[]'], message: /unknown source "blog"/, at: 'sources: blog' },
		{ name: 'a glossary entry without a definition', replace: ['definition: The occupation administration.\n', ''], message: /missing definition/, at: 'id: cpa' },
		{ name: 'an empty term', replace: ['term: Shia', 'term:  '], message: /term is empty/, at: 'term: ' }
	]);

	test('fails on a document without questions', () => {
		const err = errorOf(() => parse(CLASSROOM.replace(/\[questions\][\s\S]*?\n\[\]\n/, '')));
		expect(err.message).toMatch(/^classroom\.aml:\d+: missing questions/);
	});
});

describe('parseMethodology', () => {
	const METHODOLOGY = `intro: No single number is the toll.

[counts]
id: ibc
name: Iraq Body Count (IBC)
kind: documented count
measures: Violent civilian deaths.
period: 2003 – 2012
figure: 114,013 to 124,730
caveat: A documented minimum.
source: ibc
url: https://www.iraqbodycount.org/database/

id: ifhs
name: Iraq Family Health Survey
kind: household survey
measures: Violent deaths.
period: 2003 – 2006
figure:
caveat: An estimate from a sample.
source:
url:
[]

outro: Read each with its caveat.
`;
	const parse = (source: string) => parseMethodology(source, 'methodology.aml', REFS);

	test('parses a valid document, leaving out an empty source and url', () => {
		const m = parse(METHODOLOGY);
		expect(m.intro).toBe('<p>No single number is the toll.</p>');
		expect(m.outro).toBe('<p>Read each with its caveat.</p>');
		expect(m.counts[0]).toEqual({
			id: 'ibc',
			name: 'Iraq Body Count (IBC)',
			kind: 'documented count',
			measures: 'Violent civilian deaths.',
			period: '2003 – 2012',
			figure: '114,013 to 124,730',
			caveat: 'A documented minimum.',
			source: 'ibc',
			url: 'https://www.iraqbodycount.org/database/'
		});
		expect(m.counts[1]).not.toHaveProperty('source');
		expect(m.counts[1]).not.toHaveProperty('url');
		expect(m.counts[1]!.figure).toBe('');
	});

	failsAt('methodology.aml', METHODOLOGY, parse, [
		{ name: 'a count with a javascript: url', replace: ['url: https://www.iraqbodycount.org/database/', 'url: javascript:alert(1)'], message: /url/, at: 'url: javascript' },
		{ name: 'a count with an ftp url', replace: ['url: https://www.iraqbodycount.org/database/', 'url: ftp://example.org/x'], message: /url must be http\(s\)/, at: 'url: ftp' },
		{ name: 'a count with a url that is not one', replace: ['url: https://www.iraqbodycount.org/database/', 'url: www.iraqbodycount.org'], message: /url/, at: 'url: www' },
		{ name: 'a count with an unknown source', replace: ['source: ibc', 'source: lancet'], message: /unknown source "lancet"/, at: 'source: lancet' },
		{ name: 'a duplicate count id', replace: ['id: ifhs', 'id: ibc'], message: /duplicate id "ibc"/, at: 'id: ibc', nth: 1 },
		{ name: 'a count without a caveat', replace: ['caveat: An estimate from a sample.\n', ''], message: /missing caveat/, at: 'id: ifhs' },
		{ name: 'a misspelt key (missing kind)', replace: ['kind: household survey', 'knd: household survey'], message: /missing kind/, at: 'id: ifhs' }
	]);
});

describe('parseDatasets', () => {
	const DATASETS = `[datasets]
id: iraq-body-count
name: Iraq Body Count
about: The chart's bars.

licence: © Iraq Body Count; [terms](https://www.iraqbodycount.org/).
url: https://www.iraqbodycount.org/database/

id: shapes
name: Map shapes
about: Borders from *Natural Earth*.
licence: Public domain.
[]
`;
	const parse = (source: string) => parseDatasets(source, 'datasets.aml');

	test('parses a valid document', () => {
		expect(parse(DATASETS)).toEqual([
			{
				id: 'iraq-body-count',
				name: 'Iraq Body Count',
				html: "<p>The chart's bars.</p>",
				licence: '© Iraq Body Count; <a href="https://www.iraqbodycount.org/">terms</a>.',
				url: 'https://www.iraqbodycount.org/database/'
			},
			{ id: 'shapes', name: 'Map shapes', html: '<p>Borders from <em>Natural Earth</em>.</p>', licence: 'Public domain.' }
		]);
	});

	failsAt('datasets.aml', DATASETS, parse, [
		{ name: 'a dataset missing its licence', replace: ['licence: Public domain.\n', ''], message: /missing licence/, at: 'id: shapes' },
		{ name: 'a dataset with an empty licence', replace: ['licence: Public domain.', 'licence:'], message: /licence is empty/, at: 'licence:', nth: 1 },
		{ name: 'a dataset with a non-http url', replace: ['url: https://www.iraqbodycount.org/database/', 'url: file:///etc/passwd'], message: /url must be http\(s\)/, at: 'url: file' },
		{ name: 'a duplicate dataset id', replace: ['id: shapes', 'id: iraq-body-count'], message: /duplicate id "iraq-body-count"/, at: 'id: iraq-body-count', nth: 1 },
		{ name: 'a dataset without a name', replace: ['name: Map shapes\n', ''], message: /missing name/, at: 'id: shapes' }
	]);

	test('fails on an empty list', () => {
		expect(errorOf(() => parse('[datasets]\n[]\n')).message).toMatch(/^datasets\.aml:\d+: no datasets/);
	});
});

describe('parseTimelineNotes', () => {
	const TIMELINE = `intro: Forty-nine dated events.

[caveats]
event: E01
note: One *source* only.

event: E02
note: The date is uncertain.
[]
`;
	const parse = (source: string) => parseTimelineNotes(source, 'timeline.aml', REFS);

	test('parses a valid document', () => {
		expect(parse(TIMELINE)).toEqual({
			intro: '<p>Forty-nine dated events.</p>',
			caveats: [
				{ event: 'E01', html: '<p>One <em>source</em> only.</p>' },
				{ event: 'E02', html: '<p>The date is uncertain.</p>' }
			]
		});
	});

	test('caveats are optional', () => {
		expect(parse('intro: Words.\n')).toEqual({ intro: '<p>Words.</p>', caveats: [] });
	});

	test('without event ids to check against, any event is accepted', () => {
		expect(parseTimelineNotes(TIMELINE.replace('E02', 'E99'), 'timeline.aml', { sourceIds: new Set(), chapterIds: new Set() }).caveats[1]!.event).toBe('E99');
	});

	failsAt('timeline.aml', TIMELINE, parse, [
		{ name: 'a caveat for an unknown event', replace: ['event: E02', 'event: E99'], message: /unknown event "E99"/, at: 'event: E99' },
		{ name: 'a caveat without a note', replace: ['note: The date is uncertain.\n', ''], message: /missing note/, at: 'event: E02' }
	]);
});

describe('the real content files', () => {
	const places = new Set(parsePlaces(read('src/lib/data/places.csv')).map((p) => p.name));
	const events = parseEvents(read('src/lib/data/events.csv'));
	const eventIds = new Set(events.map((e) => e.id));
	const story = parseStory(read('src/content/story.aml'), 'src/content/story.aml', places, eventIds);
	const refs: ContentRefs = { sourceIds: new Set(story.sources.map((s) => s.id)), chapterIds: new Set(story.chapters.map((c) => c.id)), eventIds };
	const classroom = parseClassroom(read('src/content/classroom.aml'), 'src/content/classroom.aml', refs);

	test('methodology, datasets and timeline parse', () => {
		const m = parseMethodology(read('src/content/methodology.aml'), 'src/content/methodology.aml', refs);
		expect(m.counts.length).toBeGreaterThanOrEqual(2);
		// A count's link is optional; those that have one link over http(s), and IBC has one.
		const linked = m.counts.filter((c) => c.url !== undefined);
		expect(linked.map((c) => c.id)).toContain('ibc');
		for (const c of linked) expect(c.url, c.id).toMatch(/^https?:\/\//);
		const d = parseDatasets(read('src/content/datasets.aml'), 'src/content/datasets.aml');
		expect(d.map((x) => x.id)).toContain('iraq-body-count');
		for (const x of d) expect(x.licence).not.toBe('');
		const t = parseTimelineNotes(read('src/content/timeline.aml'), 'src/content/timeline.aml', refs);
		expect(t.caveats.length).toBeGreaterThan(0);
		for (const c of t.caveats) expect(eventIds.has(c.event)).toBe(true);
	});

	test('the classroom guide warns teachers of the story’s content, and keys an answer to every question', () => {
		expect(classroom.contentNote).toMatch(/Abu Ghraib/);
		expect(classroom.contentNote).toMatch(/Camp Speicher/);
		for (const q of classroom.questions) expect(q.answer.length, q.html).toBeGreaterThan(40);
	});

	test('asks students to compare the source article’s headline with the story’s title', () => {
		const q = classroom.questions.find((q) => q.html.includes('Bloody Legacy of US Invasion as Tattered Iraq Teeters on Edge'));
		expect(q).toBeDefined();
		expect(q!.html).toContain(story.title);
	});

	test('the classroom guide has at least 12 questions over all six chapters, 3 or more competing explanations', () => {
		expect(classroom.questions.length).toBeGreaterThanOrEqual(12);
		expect(new Set(classroom.questions.map((q) => q.chapter))).toEqual(new Set(CHAPTERS));
		expect(classroom.questions.filter((q) => q.kind === 'competing-explanations').length).toBeGreaterThanOrEqual(3);
	});

	const REQUIRED = [
		'Sunni',
		'Shia',
		'Baath Party',
		'Coalition Provisional Authority',
		'de-Baathification',
		'Awakening',
		'al-Qaeda in Iraq',
		'ISIL',
		'Peshmerga',
		'Kurdistan Regional Government',
		'internally displaced person',
		'surge',
		'Status of Forces Agreement',
		'caliphate',
		'governorate',
		'sectarian',
		'excess deaths',
		'quorum',
		'Kurds',
		'insurgency'
	];

	test('the glossary has at least 15 terms, with unique ids', () => {
		expect(classroom.glossary.length).toBeGreaterThanOrEqual(15);
		expect(new Set(classroom.glossary.map((g) => g.id)).size).toBe(classroom.glossary.length);
	});

	test.each(REQUIRED)('the glossary defines %s', (word) => {
		const entry = classroom.glossary.find((g) => g.term.toLowerCase().includes(word.toLowerCase()));
		expect(entry, word).toBeDefined();
		expect(entry!.plain.length).toBeGreaterThan(20);
	});

	const { linked, steps } = linkGlossary(story.steps, classroom.glossary, (id) => `/classroom/#term-${id}`);
	test('every glossary term is linked where the story first uses it, once', () => {
		expect([...linked].sort()).toEqual(classroom.glossary.map((g) => g.id).sort());
		const html = steps.map((s) => s.html).join('\n');
		for (const id of linked) expect(html.split(`aria-describedby="def-${id}"`)).toHaveLength(2);
	});
});

describe('parseEvents', () => {
	const CSV = read('src/lib/data/events.csv');
	const events = parseEvents(CSV);

	test('the research gives 49 events, E01 to E49 in order', () => {
		expect(events).toHaveLength(49);
		expect(events.map((e) => e.id)).toEqual(Array.from({ length: 49 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`));
	});

	test('dates are real ISO dates, in order within each chapter, and chapters in story order', () => {
		for (const e of events) {
			expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10), e.id).toBe(e.date);
		}
		for (const chapter of new Set(events.map((e) => e.chapter))) {
			const dates = events.filter((e) => e.chapter === chapter).map((e) => e.date);
			expect(dates, chapter).toEqual([...dates].sort());
		}
		const order = [...new Set(events.map((e) => e.chapter))];
		expect(order).toEqual(CHAPTERS.filter((c) => order.includes(c)));
	});

	test('every event has a title, a description, a source and a confidence', () => {
		for (const e of events) {
			expect(e.title.length, e.id).toBeGreaterThan(3);
			expect(e.description.length, e.id).toBeGreaterThan(10);
			expect(e.sourceTitle.length, e.id).toBeGreaterThan(3);
			expect(['high', 'medium', 'low']).toContain(e.confidence);
			expect(() => new URL(e.sourceUrl), e.id).not.toThrow();
			expect(e.sourceUrl, e.id).toMatch(/^https?:\/\//);
		}
	});

	const HEADER = CSV.split(/\r?\n/)[0]!;
	const row = (fields: Partial<Record<string, string>> = {}) => {
		const base: Record<string, string> = {
			id: 'E01',
			date: '2003-03-20',
			chapter: 'invasion',
			title: 'Invasion begins',
			description: 'Coalition forces crossed the border.',
			place: 'Baghdad',
			lat: '33.31',
			lon: '44.37',
			source_title: 'A source',
			source_url: 'https://example.org/a',
			confidence: 'high',
			...fields
		};
		return HEADER.split(',').map((k) => `"${(base[k] ?? '').replace(/"/g, '""')}"`).join(',');
	};
	/** A CSV whose third data row (line 4) is the bad one. */
	const csvWith = (bad: Partial<Record<string, string>>) => [HEADER, row(), row({ id: 'E02' }), row({ id: 'E03', ...bad })].join('\n');

	test('parses a small valid CSV, trimming text', () => {
		const [e] = parseEvents([HEADER, row({ title: '  Invasion begins  ', place: '' })].join('\n'));
		expect(e).toEqual({
			id: 'E01',
			date: '2003-03-20',
			chapter: 'invasion',
			title: 'Invasion begins',
			description: 'Coalition forces crossed the border.',
			place: '',
			sourceTitle: 'A source',
			sourceUrl: 'https://example.org/a',
			confidence: 'high'
		});
	});

	test.each([
		{ name: 'a bad date', bad: { date: '2003-3-20' }, message: /bad date "2003-3-20"/ },
		{ name: 'an impossible month', bad: { date: '2003-13-01' }, message: /bad date/ },
		{ name: 'a date with words', bad: { date: 'March 2003' }, message: /bad date/ },
		{ name: 'a bad id', bad: { id: 'E3' }, message: /bad id "E3"/ },
		{ name: 'an id in lower case', bad: { id: 'e03' }, message: /bad id/ },
		{ name: 'a missing title', bad: { title: '' }, message: /missing title/ },
		{ name: 'a blank title', bad: { title: '   ' }, message: /missing title/ },
		{ name: 'a missing description', bad: { description: '' }, message: /missing description/ },
		{ name: 'a missing source title', bad: { source_title: '' }, message: /missing source_title/ },
		{ name: 'a javascript: url', bad: { source_url: 'javascript:alert(1)' }, message: /bad source_url/ },
		{ name: 'a url with a space', bad: { source_url: 'https://example.org/a b' }, message: /bad source_url/ },
		{ name: 'a bad confidence', bad: { confidence: 'certain' }, message: /confidence must be high, medium or low/ },
		{ name: 'a confidence in capitals', bad: { confidence: 'High' }, message: /confidence/ }
	])('rejects $name with its row number', ({ bad, message }) => {
		expect(() => parseEvents(csvWith(bad))).toThrow(message);
		expect(() => parseEvents(csvWith(bad))).toThrow(/^events\.csv, row 3: /);
	});

	test('rejects an event whose chapter the story does not have, with its row number', () => {
		const events = parseEvents(csvWith({ chapter: 'aftermath' }));
		expect(() => checkEventChapters(events, new Set(['invasion']))).toThrow(/^events\.csv, row 3: unknown chapter "aftermath"$/);
		expect(() => checkEventChapters(events.slice(0, 2), new Set(['invasion']))).not.toThrow();
	});

	test('rejects a day that does not exist in its month', () => {
		expect(() => parseEvents(csvWith({ date: '2014-02-30' }))).toThrow(/bad date/);
	});

	// Quoted fields may span lines, so errors name the record (row), which a line count would get wrong.
	test('names the row, whatever line breaks earlier fields hold', () => {
		const csv = [HEADER, row(), row({ id: 'E02', description: 'Two\nlines.' }), row({ id: 'bad' })].join('\n');
		expect(() => parseEvents(csv)).toThrow(/^events\.csv, row 3: bad id/);
	});
});
