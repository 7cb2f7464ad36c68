import { error } from '@sveltejs/kit';
import { story } from '$lib/content/site.server';

export const entries = () => story.chapters.map((c) => ({ chapter: c.id }));

export function load({ params }) {
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	return { chapter };
}
