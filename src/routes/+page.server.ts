import story from '$content/story.aml';
import { basemap, deaths, troops } from '$lib/data/load.server';

export function load() {
	return { story, basemap, deaths, troops };
}
