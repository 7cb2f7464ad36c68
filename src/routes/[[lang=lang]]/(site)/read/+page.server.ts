import { editions } from '$lib/content/site.server';
import { readingMinutes, sourceNumbers } from '$lib/content/story';
import { pictureGroups } from '$lib/graphic/figures';
import { graphicData } from '$lib/graphic/data.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const lang = langOf(params.lang);
	const story = editions[lang].linkedStory;
	const numbers = sourceNumbers(story);
	return {
		story,
		groups: pictureGroups(story),
		sources: story.sources.map((s) => ({ ...s, n: numbers.get(s.id)! })).sort((a, b) => a.n - b.n),
		numbers: Object.fromEntries(numbers),
		// The same story takes the same time in either language; minutes are counted on the English words.
		minutes: readingMinutes(editions.en.linkedStory),
		builtOn: new Date().toISOString().slice(0, 10),
		...graphicData(lang)
	};
}
