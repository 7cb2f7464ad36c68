import { error } from '@sveltejs/kit';
import { editions, story } from '$lib/content/site.server';
import { langOf } from '$lib/i18n';

export const entries = () => story.chapters.flatMap((c) => [{ chapter: c.id }, { lang: 'ar', chapter: c.id }]);

export function load({ params }) {
	const chapter = editions[langOf(params.lang)].story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	return { chapter };
}
