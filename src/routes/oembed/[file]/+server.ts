import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { story } from '$lib/content/site.server';
import { oembedJson, shareInfo } from '$lib/share/meta';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => ['story', ...story.chapters.map((c) => c.id)].map((name) => ({ file: `${name}.json` }));

export function GET({ params, url }) {
	const name = params.file.replace(/\.json$/, '');
	const chapter = story.chapters.find((c) => c.id === name) ?? null;
	if (!params.file.endsWith('.json') || (name !== 'story' && !chapter)) error(404, 'Not found');
	const site = `${url.origin}${base}/`;
	return json(oembedJson(shareInfo(story, chapter, site), site));
}
