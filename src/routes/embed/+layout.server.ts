import { story, storyForPage } from '$lib/content/site.server';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';

export function load() {
	return { story: storyForPage(story), basemap: withoutPaths(basemap), deaths, troops };
}
