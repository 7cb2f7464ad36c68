import { story } from '$lib/content/site.server';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';

export function load() {
	// Inlined in each embed page: without the steps' plain text, and with the shapes left to /basemap.svg.
	return { story: { ...story, steps: story.steps.map((s) => ({ ...s, plain: '' })) }, basemap: withoutPaths(basemap), deaths, troops };
}
