import { story, storyForPage } from '$lib/content/site.server';
import { graphicData } from '$lib/data/load.server';

export function load() {
	return { story: storyForPage(story), ...graphicData() };
}
