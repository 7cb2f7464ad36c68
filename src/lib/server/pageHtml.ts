/**
 * Markup that the scrolling page's HTML carries but that never hydrates: the story's words, the
 * picture of the first paint and the link-preview tags (see `$lib/content/placeholders`). The page's start-up work then no
 * longer grows with the length of the story or the detail of the map.
 */
import { render } from 'svelte/server';
import { base } from '$app/paths';
import Graphic from '$lib/components/Graphic.svelte';
import StoryText from '$lib/components/StoryText.svelte';
import { SHARE_HEAD, STAGE_PICTURE, STORY_TEXT } from '$lib/content/placeholders';
import { linkedStory, storyForPage } from '$lib/content/site.server';
import { stateForStep } from '$lib/graphic';
import { graphicData } from '$lib/graphic/data.server';
import { chapterFigures } from '$lib/graphic/figures';
import { SHAPES_FILE, type ShapesFile } from '$lib/graphic/shapeId';
import ShareMeta from '$lib/share/ShareMeta.svelte';
import { shareInfo } from '$lib/share/meta';

/** Nothing hydrates this markup, so Svelte's hydration markers go. */
const plain = (body: string) => body.replace(/<!--[\s\S]*?-->/g, '');

let text: string | undefined;
let picture: string | undefined;

function storyText(): string {
	if (text === undefined) {
		const story = storyForPage(linkedStory);
		text = plain(render(StoryText, { props: { story, figures: chapterFigures(story) } }).body);
	}
	return text;
}

/** As the live graphic draws the first step before it has measured its box, without the shapes (they load with the page's script). */
function stagePicture(): string {
	if (picture === undefined) {
		const context = new Map<symbol, ShapesFile>([[SHAPES_FILE, () => null]]);
		picture = plain(render(Graphic, { props: { picture: stateForStep(linkedStory, 0), data: graphicData().pictureData }, context }).body);
	}
	return picture;
}

/** The story's link-preview tags, for the site at `origin`. */
const shareHead = (origin: string) => plain(render(ShareMeta, { props: { info: shareInfo(linkedStory, null, `${origin}${base}/`) } }).head);

/** A page's HTML, served from `origin`, with its placeholders filled. */
export function fillPlaceholders(html: string, origin: string): string {
	if (!html.includes(STORY_TEXT) && !html.includes(STAGE_PICTURE) && !html.includes(SHARE_HEAD)) return html;
	return html.replace(STORY_TEXT, storyText).replace(STAGE_PICTURE, stagePicture).replace(SHARE_HEAD, () => shareHead(origin));
}
