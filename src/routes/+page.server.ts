import { linkedStory, storyWithoutText } from '$lib/content/site.server';
import { readingMinutes } from '$lib/content/story';
import { graphicData } from '$lib/graphic/data.server';

export function load() {
	return {
		story: storyWithoutText(linkedStory),
		minutes: readingMinutes(linkedStory),
		...graphicData(),
		builtOn: new Date().toISOString().slice(0, 10)
	};
}
