import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { story } from '$lib/content/site.server';
import { shareInfo } from '$lib/share/meta';

export const entries = () => story.chapters.map((c) => ({ chapter: c.id }));

export function load({ params, url }) {
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `No chapter "${params.chapter}"`);
	return { chapter, share: shareInfo(story, chapter, `${url.origin}${base}/`), storyTitle: story.title };
}
