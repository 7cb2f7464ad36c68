import { story } from '$lib/content/site.server';

export const load = () => ({
	title: story.title,
	chapters: story.chapters.map((c) => ({ id: c.id, title: c.title, steps: story.steps.filter((s) => s.chapter === c.id).length })),
	stepCount: story.steps.length
});
