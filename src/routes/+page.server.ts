import { linkedStory } from '$lib/content/site.server';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';
import { shareInfo } from '$lib/share/meta';
import { base } from '$app/paths';

export function load({ url }) {
	// The shapes' path data reaches the page once, as shared <defs> (see hooks.server.ts), not in the page data.
	return { story: linkedStory, basemap: withoutPaths(basemap), deaths, troops, builtOn: new Date().toISOString().slice(0, 10), share: shareInfo(linkedStory, null, `${url.origin}${base}/`) };
}
