import { error, json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { editions } from '$lib/content/site.server';
import { LANGS } from '$lib/i18n';
import { oembedJson, shareInfo } from '$lib/share/meta';

export const prerender = true;
export const trailingSlash = 'never';

/** `story.json` and `<chapter>.json`, and the Arabic edition's `ar-story.json` and `ar-<chapter>.json`. */
const files = new Map(
	LANGS.flatMap((lang) => {
		const { story } = editions[lang];
		return [null, ...story.chapters].map((chapter) => [`${lang === 'en' ? '' : `${lang}-`}${chapter?.id ?? 'story'}.json` as string, { lang, story, chapter }] as const);
	})
);

export const entries = () => [...files.keys()].map((file) => ({ file }));

export function GET({ params, url }) {
	const f = files.get(params.file);
	if (!f) error(404, 'Not found');
	const site = `${url.origin}${base}/`;
	return json(oembedJson(shareInfo(f.story, f.chapter, site, f.lang), site));
}
