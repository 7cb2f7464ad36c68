import { editions, storyWithoutText } from '$lib/content/site.server';
import { readingMinutes } from '$lib/content/story';
import { graphicData } from '$lib/graphic/data.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const lang = langOf(params.lang);
	const story = editions[lang].linkedStory;
	return {
		story: storyWithoutText(story),
		// The same story takes the same time in either language; minutes are counted on the English words.
		minutes: readingMinutes(editions.en.linkedStory),
		...graphicData(lang),
		builtOn: new Date().toISOString().slice(0, 10)
	};
}
