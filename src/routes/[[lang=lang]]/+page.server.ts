import { editions, storyWithoutText } from '$lib/content/site.server';
import { readingMinutes } from '$lib/content/story';
import { graphicData } from '$lib/graphic/data.server';
import { langOf } from '$lib/i18n';
import { storyScript } from '$lib/server/storyScript';

// The page is server HTML, not a SvelteKit app in the browser: its own script ($lib/story/main.ts)
// brings in only the parts that answer the reader, and nothing hydrates the rest.
export const csr = false;

export function load({ params }) {
	const lang = langOf(params.lang);
	const story = editions[lang].linkedStory;
	return {
		story: storyWithoutText(story),
		// The same story takes the same time in either language; minutes are counted on the English words.
		minutes: readingMinutes(editions.en.linkedStory),
		...graphicData(lang),
		builtOn: new Date().toISOString().slice(0, 10),
		script: storyScript()
	};
}
