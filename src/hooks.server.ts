import type { Handle } from '@sveltejs/kit';
import { basemap } from '$lib/data/load.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';

const defs = basemapDefs(basemap);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('<!--basemap-defs-->', defs)
	});
