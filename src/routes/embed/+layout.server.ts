import { story, storyForPage } from '$lib/content/site.server';
import { graphicData } from '$lib/graphic/data.server';

export function load() {
	return { story: storyForPage(story), ...graphicData() };
}
