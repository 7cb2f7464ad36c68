import story from '$content/story.aml';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';

export function load() {
	// The shapes' path data reaches the page once, as shared <defs> (see hooks.server.ts), not in the page data.
	return { story, basemap: withoutPaths(basemap), deaths, troops };
}
