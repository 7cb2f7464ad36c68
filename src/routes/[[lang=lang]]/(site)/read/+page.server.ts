import { editions } from '$lib/content/site.server';
import { readingMinutes, sourceNumbers } from '$lib/content/story';
import { pictureGroups } from '$lib/graphic/figures';
import { graphicData } from '$lib/graphic/data.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const story = editions[langOf(params.lang)].linkedStory;
	const numbers = sourceNumbers(story);
	return {
		story,
		groups: pictureGroups(story),
		sources: story.sources.map((s) => ({ ...s, n: numbers.get(s.id)! })).sort((a, b) => a.n - b.n),
		numbers: Object.fromEntries(numbers),
		minutes: readingMinutes(story),
		builtOn: new Date().toISOString().slice(0, 10),
		...graphicData()
	};
}
