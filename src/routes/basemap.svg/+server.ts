import { basemap } from '$lib/graphic/data.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';

export const prerender = true;
export const trailingSlash = 'never';

/** The map shapes as a file that `<use href="…/basemap.svg#shape-…">` can point into. */
export function GET() {
	const defs = basemapDefs(basemap);
	return new Response(`<svg xmlns="http://www.w3.org/2000/svg">${defs}</svg>`, { headers: { 'content-type': 'image/svg+xml' } });
}
