/**
 * Markup that the scrolling page's HTML carries but that its script never needs: the story's words and the
 * link-preview tags (see `$lib/content/placeholders`). The page's start-up work then no longer grows
 * with the length of the story.
 */
import { render } from 'svelte/server';
import { base } from '$app/paths';
import StoryText from '$lib/components/StoryText.svelte';
import { CORRECTIONS, SHARE_HEAD, STORY_TEXT, UPDATED } from '$lib/content/placeholders';
import Corrections from '$lib/components/Corrections.svelte';
import Updated from '$lib/components/Updated.svelte';
import { editions, storyForPage } from '$lib/content/site.server';
import { chapterFigures } from '$lib/graphic/figures';
import ShareMeta from '$lib/share/ShareMeta.svelte';
import { shareInfo } from '$lib/share/meta';
import { withoutMarkers } from '$lib/html';
import type { Lang } from '$lib/i18n';
import { editionData } from '$lib/server/edition';

const texts = new Map<Lang, string>();

function storyText(lang: Lang): string {
	let text = texts.get(lang);
	if (text === undefined) {
		const story = storyForPage(editions[lang].linkedStory, lang);
		text = withoutMarkers(render(StoryText, { props: { story, figures: chapterFigures(story), edition: editionData(lang, '/') } }).body);
		texts.set(lang, text);
	}
	return text;
}

/** The story's link-preview tags, for the site at `origin`. */
const shareHead = (origin: string, lang: Lang) =>
	withoutMarkers(render(ShareMeta, { props: { info: shareInfo(editions[lang].linkedStory, null, `${origin}${base}/`, lang) } }).head);

const correctionsMarkup = new Map<Lang, { updated: string; list: string }>();

/** The story's corrections and the "Updated" line, rendered once per edition: nothing while there are none. */
function corrections(lang: Lang) {
	let markup = correctionsMarkup.get(lang);
	if (!markup) {
		const { story } = editions[lang];
		const edition = editionData(lang, '/');
		markup = {
			updated: withoutMarkers(render(Updated, { props: { corrections: story.corrections, edition } }).body),
			list: withoutMarkers(render(Corrections, { props: { corrections: story.corrections, steps: story.steps, edition, href: (id: string) => `#${id}` } }).body)
		};
		correctionsMarkup.set(lang, markup);
	}
	return markup;
}

/** A page's HTML, served from `origin`, with its placeholders filled. */
export function fillPlaceholders(html: string, origin: string, lang: Lang): string {
	if (![STORY_TEXT, SHARE_HEAD, UPDATED, CORRECTIONS].some((p) => html.includes(p))) return html;
	return html
		.replace(STORY_TEXT, () => storyText(lang))
		.replace(SHARE_HEAD, () => shareHead(origin, lang))
		.replace(UPDATED, () => corrections(lang).updated)
		.replace(CORRECTIONS, () => corrections(lang).list);
}
