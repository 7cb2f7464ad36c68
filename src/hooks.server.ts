import type { Handle } from '@sveltejs/kit';
import { deferStart } from '$lib/server/deferStart';

/**
 * Preload links for the JavaScript chunks hold back the first paint in Lighthouse's simulation
 * (TOOLCHAIN.md: 1385 ms with them, 906 ms without). The start-up script imports the same chunks, so
 * the story still hydrates: it just no longer competes with the text and the first picture.
 */
const MODULEPRELOAD = /<link href="[^"]*" rel="modulepreload">/g;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => deferStart(html.replace(MODULEPRELOAD, ''))
	});
