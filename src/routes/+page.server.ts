import { base } from '$app/paths';
import { linkedStory, storyForPage } from '$lib/content/site.server';
import { readingMinutes } from '$lib/content/story';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';
import { shareInfo } from '$lib/share/meta';

export function load({ url }) {
	return {
		story: storyForPage(linkedStory),
		minutes: readingMinutes(linkedStory),
		basemap: withoutPaths(basemap),
		deaths,
		troops,
		builtOn: new Date().toISOString().slice(0, 10),
		share: shareInfo(linkedStory, null, `${url.origin}${base}/`)
	};
}
