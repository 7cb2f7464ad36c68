import { editions, storyForPage } from '$lib/content/site.server';
import { graphicData } from '$lib/graphic/data.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const lang = langOf(params.lang);
	return { story: storyForPage(editions[lang].story, lang), ...graphicData(lang) };
}
