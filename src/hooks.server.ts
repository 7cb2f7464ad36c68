import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LANGS, dirOf, langOfPath, pathIn } from '$lib/i18n';
import { fillPlaceholders } from '$lib/server/pageHtml';

/**
 * Preload links for the JavaScript chunks hold back the first paint in Lighthouse's simulation
 * (TOOLCHAIN.md: 1385 ms with them, 906 ms without). The start-up script imports the same chunks, so
 * the story still hydrates: it just no longer competes with the text.
 * CSS stays on SvelteKit's default (it is inlined here anyway, see `inlineStyleThreshold`).
 *
 * Each page's `<html>` gets its edition's language and direction (app.html's `%lang%`, `%dir%`), and
 * the scrolling page's words and link-preview tags go in where it left placeholders
 * ($lib/server/pageHtml).
 */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length) || '/';
	const lang = langOfPath(path);
	const head = /^\/(ar\/)?embed\//.test(path) ? '' : alternates(event.url.origin, path);
	return resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => fillPlaceholders(html.replace('%lang%', lang).replace('%dir%', dirOf(lang)).replace('</head>', `${head}</head>`), event.url.origin, lang)
	});
};

/**
 * The page in each edition, for search engines and browsers that offer a language (not for an embed,
 * which is not indexed). Server markup: nothing for the page's scripts to hydrate.
 */
const alternates = (origin: string, path: string) =>
	[...LANGS.map((lang) => [lang, pathIn(lang, path)]), ['x-default', pathIn('en', path)]].map(([hreflang, p]) => `<link rel="alternate" hreflang="${hreflang}" href="${origin}${base}${p}">`).join('');
