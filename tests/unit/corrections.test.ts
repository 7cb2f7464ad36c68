// Corrections and updates, with a story that has some (the real story has none yet): what the pages,
// the link previews and search engines are told.
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import Corrections from '$lib/components/Corrections.svelte';
import Updated from '$lib/components/Updated.svelte';
import { story } from '$lib/content/site.server';
import { newsArticleJsonLd, shareInfo } from '$lib/share/meta';
import ShareMeta from '$lib/share/ShareMeta.svelte';
import { UI } from '$lib/i18n/ui';
import type { Correction } from '$lib/content/types';
import { withoutMarkers } from '$lib/html';

const corrections: Correction[] = [
	{ date: '2026-12-02', step: 'two-orders', wrong: 'about <em>40,000</em> soldiers', now: 'about 400,000 soldiers' },
	{ date: '2026-11-27', step: 'mosul-falls', wrong: 'on 9 June', now: 'on 10 June' }
];
const corrected = { ...story, corrections };
const en = { lang: 'en' as const, t: UI.en };
const ar = { lang: 'ar' as const, t: UI.ar };

describe('corrections', () => {
	test('none: no list, no "Updated" line, no modified date', () => {
		expect(story.corrections).toEqual([]);
		expect(render(Corrections, { props: { corrections: [], steps: story.steps, edition: en, href: (id: string) => `#${id}` } }).body).not.toContain('<section');
		expect(render(Updated, { props: { corrections: [], edition: en } }).body).not.toContain('<p');
		const info = shareInfo(story, null, 'https://example.org/');
		expect(JSON.parse(newsArticleJsonLd(info))).not.toHaveProperty('dateModified');
		expect(render(ShareMeta, { props: { info } }).head).not.toContain('article:modified_time');
	});

	test('each is listed with its date, its step (linked, by its title), what it said and what it says now', () => {
		const body = withoutMarkers(render(Corrections, { props: { corrections, steps: story.steps, edition: en, href: (id: string) => `/#${id}` } }).body);
		const twoOrders = story.steps.find((s) => s.id === 'two-orders')!;
		expect(body).toContain('<h2 id="corrections-title">Corrections and updates</h2>');
		expect(body).toMatch(new RegExp(`<time datetime="2026-12-02">2 December 2026</time> · <a href="/#two-orders">${twoOrders.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`));
		expect(body).toContain('It said:</span> about <em>40,000</em> soldiers');
		expect(body).toContain('It now says:</span> about 400,000 soldiers');
		expect(body.indexOf('2026-12-02')).toBeLessThan(body.indexOf('2026-11-27'));
	});

	test('the byline says when the story was last updated, in each edition', () => {
		expect(render(Updated, { props: { corrections, edition: en } }).body).toContain('<a href="#corrections">Updated 2 December 2026</a>');
		expect(render(Updated, { props: { corrections, edition: ar } }).body).toContain('حُدِّث في 2 ديسمبر 2026');
	});

	test('link previews and search engines get the date of the newest correction', () => {
		const info = shareInfo(corrected, null, 'https://example.org/');
		expect(JSON.parse(newsArticleJsonLd(info))).toMatchObject({ datePublished: story.published, dateModified: '2026-12-02' });
		expect(render(ShareMeta, { props: { info } }).head).toContain('<meta property="article:modified_time" content="2026-12-02"');
	});
});
