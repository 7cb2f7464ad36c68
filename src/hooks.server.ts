import type { Handle } from '@sveltejs/kit';
import { fillPlaceholders } from '$lib/server/pageHtml';

/**
 * Preload links for the JavaScript chunks hold back the first paint in Lighthouse's simulation
 * (TOOLCHAIN.md: 1385 ms with them, 906 ms without). The start-up script imports the same chunks, so
 * the story still hydrates: it just no longer competes with the text.
 * CSS stays on SvelteKit's default (it is inlined here anyway, see `inlineStyleThreshold`).
 *
 * The scrolling page's words and link-preview tags go in where it left placeholders
 * ($lib/server/pageHtml).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type === 'css', transformPageChunk: ({ html }) => fillPlaceholders(html, event.url.origin) });
