import { base } from '$app/paths';
import { linkedStory } from '$lib/content/site.server';
import { readingMinutes } from '$lib/content/story';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';
import { shareInfo } from '$lib/share/meta';

export function load({ url }) {
	return {
		// The page data is inlined in the HTML: the steps' plain text (for counting words) stays here,
		// and the shapes' path data comes from /basemap.svg.
		story: { ...linkedStory, steps: linkedStory.steps.map((s) => ({ ...s, plain: '' })) },
		minutes: readingMinutes(linkedStory),
		basemap: withoutPaths(basemap),
		deaths,
		troops,
		builtOn: new Date().toISOString().slice(0, 10),
		share: shareInfo(linkedStory, null, `${url.origin}${base}/`)
	};
}
