/**
 * Markup that the scrolling page's HTML carries but that never hydrates: the story's words and the
 * picture of the first paint (see `$lib/content/placeholders`). The page's start-up work then no
 * longer grows with the length of the story or the detail of the map.
 */
import { render } from 'svelte/server';
import Graphic from '$lib/components/Graphic.svelte';
import StoryText from '$lib/components/StoryText.svelte';
import { STAGE_PICTURE, STORY_TEXT } from '$lib/content/placeholders';
import { linkedStory, storyForPage } from '$lib/content/site.server';
import { stateForStep } from '$lib/graphic';
import { graphicData } from '$lib/graphic/data.server';
import { chapterFigures } from '$lib/graphic/figures';
import { SHAPES_FILE, type ShapesFile } from '$lib/graphic/shapeId';

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

/** A page's HTML with its placeholders filled. */
export const fillPlaceholders = (html: string): string =>
	html.includes(STORY_TEXT) || html.includes(STAGE_PICTURE) ? html.replace(STORY_TEXT, storyText).replace(STAGE_PICTURE, stagePicture) : html;
