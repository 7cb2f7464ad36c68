import { describe, expect, test } from 'vitest';
import { parseStory, splitList } from '$lib/content/parseStory';
import { ContentError } from '$lib/content/ContentError';

const PLACES = new Set(['Mosul', 'Dohuk', 'Erbil', 'Baghdad']);

const CHAPTERS = ['opening', 'invasion', 'civil-war', 'syria', 'offensive', 'closing']
	.map((id) => `id: ${id}\nlabel: L\ntitle: T\nyears: Y\ndeck: D\n`)
	.join('\n');

const step = (id: string, chapter: string, extra = 'view: map\ncamera: iraq\n') =>
	`id: ${id}\nchapter: ${chapter}\n${extra}text: Words in a step.\nalt: A map.\nsources: iom\n`;

function doc(steps: string) {
	return `title: A title
deck: A deck
byline: Desk
published: 2026-11-25

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

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('parseStory', () => {
	test('parses a valid document into typed steps', () => {
		const story = parseStory(doc(ALL), 'story.aml', PLACES);
		expect(story.steps).toHaveLength(6);
		expect(story.steps[0]).toMatchObject({ id: 's0', chapter: 'opening', view: 'map', camera: 'iraq', tone: 'neutral', sources: ['iom'] });
		expect(story.steps[0]!.html).toBe('<p>Words in a step.</p>');
	});

	test('reads map markers with second lines and arrows', () => {
		const extra = 'view: map\ncamera: north\nhighlight: Nineveh\ntone: displacement\nmarkers: Mosul, Dohuk (200,000)\n[.arrows]\nkind: displacement\npath: Mosul, Dohuk\n[]\n';
		const story = parseStory(doc(ALL.replace(step('s0', 'opening'), step('s0', 'opening', extra))), 'story.aml', PLACES);
		expect(story.steps[0]).toMatchObject({
			highlight: ['Nineveh'],
			markers: [{ place: 'Mosul' }, { place: 'Dohuk', sub: '200,000' }],
			arrows: [{ kind: 'displacement', path: ['Mosul', 'Dohuk'] }]
		});
	});

	const failures: { name: string; replace: [string, string]; message: RegExp; at: string; lineOffset?: number }[] = [
		{ name: 'an unknown view', replace: ['id: s2\nchapter: civil-war\nview: map', 'id: s2\nchapter: civil-war\nview: globe'], message: /unknown view "globe"/, at: 'view: globe' },
		{ name: 'a step without text', replace: ['id: s3\nchapter: syria\nview: map\ncamera: iraq\ntext: Words in a step.\n', 'id: s3\nchapter: syria\nview: map\ncamera: iraq\n'], message: /missing text/, at: 'id: s3' },
		{ name: 'a step without alt text', replace: ['camera: iraq\ntext: Words in a step.\nalt: A map.\nsources: iom\n\nid: s5', 'camera: iraq\ntext: Words in a step.\nsources: iom\n\nid: s5'], message: /missing alt/, at: 'id: s4' },
		{ name: 'an unknown place', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\nmarkers: Mosul, Atlantis\n'], message: /unknown place "Atlantis"/, at: 'markers: Mosul, Atlantis' },
		{ name: 'an unknown governorate', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\nhighlight: Nineveh, Narnia\n'], message: /unknown governorate "Narnia"/, at: 'highlight: Nineveh, Narnia' },
		{ name: 'an unknown camera', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq', 'id: s1\nchapter: invasion\nview: map\ncamera: moon'], message: /unknown camera "moon"/, at: 'camera: moon' },
		{ name: 'an unknown source', replace: ['id: s2\nchapter: civil-war\nview: map\ncamera: iraq\ntext: Words in a step.\nalt: A map.\nsources: iom', 'id: s2\nchapter: civil-war\nview: map\ncamera: iraq\ntext: Words in a step.\nalt: A map.\nsources: iom, rumour'], message: /unknown source "rumour"/, at: 'sources: iom, rumour' },
		{ name: 'an unknown chapter', replace: ['id: s1\nchapter: invasion', 'id: s1\nchapter: epilogue'], message: /unknown chapter "epilogue"/, at: 'chapter: epilogue' },
		{ name: 'a duplicate step id', replace: ['id: s1\n', 'id: s0\n'], message: /duplicate step id "s0"/, at: 'chapter: invasion', lineOffset: -1 },
		{ name: 'a chart month outside the series', replace: ['id: s5\nchapter: closing\nview: map\ncamera: iraq\n', 'id: s5\nchapter: closing\nview: chart\nfrom: 2001-01\nto: 2003-05\n'], message: /from 2001-01 is outside the series/, at: 'from: 2001-01' },
		{ name: 'an arrow with one place', replace: ['id: s1\nchapter: invasion\nview: map\ncamera: iraq\n', 'id: s1\nchapter: invasion\nview: map\ncamera: iraq\n[.arrows]\nkind: us\npath: Baghdad\n[]\n'], message: /two or more places/, at: 'path: Baghdad' },
		{ name: 'a source URL that is not http', replace: ['url: https://example.org/iom', 'url: javascript:alert(1)'], message: /source url/, at: 'url: javascript' }
	];

	test.each(failures)('fails on $name with its file and line', ({ replace, message, at, lineOffset = 0 }) => {
		const source = doc(ALL).replace(replace[0], replace[1]);
		expect(source).not.toBe(doc(ALL));
		const err = errorOf(source);
		expect(err.message).toMatch(message);
		expect(err.file).toBe('story.aml');
		expect(err.line).toBe(lineOf(source, at) + lineOffset);
		expect(err.message.startsWith(`story.aml:${err.line}: `)).toBe(true);
	});

	test('fails when chapters are missing or out of order', () => {
		const source = doc(ALL).replace('id: opening', 'id: closing-x');
		expect(errorOf(source).message).toMatch(/unknown chapter "closing-x"|chapters must be/);
	});

	test('fails when a chapter’s steps are split', () => {
		const source = doc(ALL + step('late', 'opening'));
		expect(errorOf(source).message).toMatch(/after a later chapter/);
	});

	test('fails on text that is not ArchieML at all', () => {
		expect(errorOf('just words, no keys').message).toMatch(/story.aml:\d+: missing/);
	});

	test('splits lists on commas outside brackets', () => {
		expect(splitList('Mosul, Dohuk (200,000), Erbil')).toEqual(['Mosul', 'Dohuk (200,000)', 'Erbil']);
		expect(splitList(undefined)).toEqual([]);
	});
});
