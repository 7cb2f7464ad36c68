/**
 * Markup that the scrolling page's HTML carries but that never hydrates: the story's words and the
 * link-preview tags (see `$lib/content/placeholders`). The page's start-up work then no longer grows
 * with the length of the story.
 */
import { render } from 'svelte/server';
import { base } from '$app/paths';
import StoryText from '$lib/components/StoryText.svelte';
import { SHARE_HEAD, STORY_TEXT } from '$lib/content/placeholders';
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

/** A page's HTML, served from `origin`, with its placeholders filled. */
export function fillPlaceholders(html: string, origin: string, lang: Lang): string {
	if (!html.includes(STORY_TEXT) && !html.includes(SHARE_HEAD)) return html;
	return html.replace(STORY_TEXT, () => storyText(lang)).replace(SHARE_HEAD, () => shareHead(origin, lang));
}
