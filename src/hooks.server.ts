import type { Handle } from '@sveltejs/kit';
import { basemap } from '$lib/data/load.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';

const defs = basemapDefs(basemap);

/** Pages that draw maps; they get the shapes once, as shared SVG defs, outside the page data. */
const MAP_ROUTES = new Set(['/', '/(site)/read', '/embed', '/embed/[chapter]']);

/**
 * Preload links for the JavaScript chunks hold back the first paint in Lighthouse's simulation
 * (TOOLCHAIN.md: 1385 ms with them, 906 ms without). The start-up script imports the same chunks, so
 * the story still hydrates: it just no longer competes with the text and the first picture.
 */
const MODULEPRELOAD = /<link href="[^"]*" rel="modulepreload">/g;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('<!--basemap-defs-->', MAP_ROUTES.has(event.route.id ?? '') ? defs : '').replace(MODULEPRELOAD, '')
	});
