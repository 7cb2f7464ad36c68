import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { editions } from '$lib/content/site.server';
import { langOf } from '$lib/i18n';
import { shareInfo } from '$lib/share/meta';

export const entries = () => editions.en.story.chapters.flatMap((c) => [{ chapter: c.id }, { lang: 'ar', chapter: c.id }]);

export function load({ params, url }) {
	const lang = langOf(params.lang);
	const { story } = editions[lang];
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	return { chapter, share: shareInfo(story, chapter, `${url.origin}${base}/`, lang), storyTitle: story.title };
}
