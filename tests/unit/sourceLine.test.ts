import { describe, expect, test } from 'vitest';
import { sourceLineHtml } from '$lib/content/sourceLine';
import type { Source, Step } from '$lib/content/types';

const source = (id: string, extra: Partial<Source> = {}): Source => ({ id, title: `Title ${id}`, publisher: `Pub ${id}`, date: '2014-06-10', url: `https://example.org/${id}`, ...extra });
const step = (view: 'map' | 'chart', sources: string[]) => ({ id: 's', chapter: 'opening', view, html: '', plain: '', alt: '', sources, events: [] }) as unknown as Step;

describe('sourceLineHtml', () => {
	const sources = new Map([source('a'), source('b', { publisher: 'R&D <Desk>', title: '"Quoted" <b>', url: 'https://example.org/?x=1&y="2"' })].map((s) => [s.id, s]));
	const numbers = new Map([['a', 1], ['b', 7]]);

	test('numbers each source, links it to its entry and to itself, in the step’s order', () => {
		const html = sourceLineHtml(step('map', ['b', 'a']), sources, numbers, '/base');
		expect(html.startsWith('<p class="sources"><span class="visually-hidden">Sources: </span>')).toBe(true);
		expect(html.indexOf('>7</a>')).toBeLessThan(html.indexOf('>1</a>'));
		expect(html).toContain('<a class="mark" target="_self" href="/base/sources/#a" aria-label="Source 1 on the sources page">1</a>');
		expect(html).toContain('Pub a, 2014</a>');
		expect(html).not.toContain('chart-data');
	});

	test('escapes every field, so a source cannot break out of its link', () => {
		const html = sourceLineHtml(step('map', ['b']), sources, numbers, '');
		expect(html).toContain('R&amp;D &lt;Desk&gt;, 2014');
		expect(html).toContain('title="&quot;Quoted&quot; &lt;b&gt;"');
		expect(html).toContain('href="https://example.org/?x=1&amp;y=&quot;2&quot;"');
		expect(html).not.toMatch(/<b>|<Desk>/);
	});

	test('an undated source shows its publisher without a year', () => {
		const undated = new Map([source('u', { publisher: 'Wikipedia', date: 'undated' })].map((s) => [s.id, s]));
		const html = sourceLineHtml(step('map', ['u']), undated, new Map([['u', 3]]), '');
		expect(html).toContain('title="Title u">Wikipedia</a>');
		expect(html).not.toContain('unda');
	});

	test('a chart step adds the link to the chart’s numbers', () => {
		expect(sourceLineHtml(step('chart', ['a']), sources, numbers, '')).toContain('<a href="/sources/#chart-data-title">');
	});

	test('an unknown source is an error, not a silent gap', () => {
		expect(() => sourceLineHtml(step('map', ['zz']), sources, numbers, '')).toThrow(/unknown source zz/);
	});
});
