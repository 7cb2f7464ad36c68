import { base } from '$app/paths';
import { linkedStory, storyWithoutText } from '$lib/content/site.server';
import { readingMinutes } from '$lib/content/story';
import { graphicData } from '$lib/graphic/data.server';
import { shareInfo } from '$lib/share/meta';

export function load({ url }) {
	return {
		story: storyWithoutText(linkedStory),
		minutes: readingMinutes(linkedStory),
		...graphicData(),
		builtOn: new Date().toISOString().slice(0, 10),
		share: shareInfo(linkedStory, null, `${url.origin}${base}/`)
	};
}
