import { base } from '$app/paths';
import { linkedStory } from '$lib/content/site.server';
import { readingMinutes, sourceNumbers } from '$lib/content/story';
import { sourceLineHtml } from '$lib/content/sourceLine';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { withoutPaths } from '$lib/graphic/basemapDefs';
import { shareInfo } from '$lib/share/meta';

export function load({ url }) {
	const sources = new Map(linkedStory.sources.map((s) => [s.id, s]));
	const numbers = sourceNumbers(linkedStory);
	return {
		// The page data is inlined in the HTML, so it carries only what the page draws: each step's text
		// with its sources line (the sources list stays here), no plain text (for counting words), and
		// no shapes (they come from /basemap.svg).
		story: {
			...linkedStory,
			sources: [],
			steps: linkedStory.steps.map((s) => ({ ...s, plain: '', html: s.html + sourceLineHtml(s, sources, numbers, base) }))
		},
		minutes: readingMinutes(linkedStory),
		basemap: withoutPaths(basemap),
		deaths,
		troops,
		builtOn: new Date().toISOString().slice(0, 10),
		share: shareInfo(linkedStory, null, `${url.origin}${base}/`)
	};
}
