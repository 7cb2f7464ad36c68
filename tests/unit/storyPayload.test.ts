// The story page's data travels as JSON inside its HTML ($lib/story/payload): it must come back whole,
// and nothing in it may end the element it is in.
import { describe, expect, test } from 'vitest';
import { editions, storyWithoutText } from '$lib/content/site.server';
import { graphicData } from '$lib/graphic/data.server';
import { LANGS } from '$lib/i18n';
import { UI } from '$lib/i18n/ui';
import { PAYLOAD_ID, payloadScript, readPayload, type StoryPayload } from '$lib/story/payload';

/** A document holding just the given HTML's script element, as the browser would parse it. */
function docWith(html: string): Document {
	const m = new RegExp(`^<script type="application/json" id="${PAYLOAD_ID}">([\\s\\S]*)</script>$`).exec(html);
	const text = m ? m[1]! : null;
	return { getElementById: (id: string) => (id === PAYLOAD_ID && text !== null ? { textContent: text } : null) } as unknown as Document;
}

function payloadIn(lang: (typeof LANGS)[number]): StoryPayload {
	const story = editions[lang].linkedStory;
	return {
		story: storyWithoutText(story),
		...graphicData(lang),
		lang,
		t: UI[lang],
		shapes: '/basemap.svg',
		home: lang === 'en' ? '' : `/${lang}`,
		other: lang === 'en' ? '/ar/' : '/',
		cite: { author: story.byline, title: story.title, published: story.published, url: 'https://example.org/' },
		builtOn: '2026-11-30'
	};
}

describe('the story page payload', () => {
	test.each(LANGS)('the %s edition\'s steps and picture data come back as they went in', (lang) => {
		const payload = payloadIn(lang);
		expect(readPayload(docWith(payloadScript(payload)))).toEqual(payload);
	});

	test('nothing in the data can close the script element or open a comment', () => {
		const payload = payloadIn('en');
		const hostile = '</script><script>alert(1)</script><!--';
		payload.cite = { ...payload.cite, title: hostile };
		const html = payloadScript(payload);
		expect(html.indexOf('</script')).toBe(html.length - '</script>'.length);
		expect(html).not.toContain('<!--');
		expect(readPayload(docWith(html)).cite.title).toBe(hostile);
	});

	test('a page without the data, or with data that is not the story\'s, is a clear error', () => {
		expect(() => readPayload(docWith(''))).toThrow(/no #story-data/);
		expect(() => readPayload(docWith(`<script type="application/json" id="${PAYLOAD_ID}">{"story":{"steps":[]}}</script>`))).toThrow(/no steps or no picture data/);
		expect(() => readPayload(docWith(`<script type="application/json" id="${PAYLOAD_ID}">{"story":</script>`))).toThrow(SyntaxError);
	});
});
