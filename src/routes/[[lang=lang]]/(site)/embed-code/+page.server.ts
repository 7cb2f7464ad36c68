import { editions } from '$lib/content/site.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const { story } = editions[langOf(params.lang)];
	return {
		title: story.title,
		chapters: story.chapters.map((c) => ({ id: c.id, title: c.title, steps: story.steps.filter((s) => s.chapter === c.id).length })),
		stepCount: story.steps.length
	};
}
