import type { Basemap } from './types';
import { shapeId } from './shapeId';
import { escapeHtml } from '$lib/html';


/**
 * The basemap's shapes as `<defs>`: served once as /basemap.svg, which every map on every page draws
 * from with `<use>` (cached, and never carried in a page's HTML or JavaScript data), and written into
 * each stand-alone figure file.
 */
export function basemapDefs(basemap: Basemap): string {
	const paths = [
		...basemap.countries.map((c) => [shapeId('c', c.id), c.d] as const),
		...basemap.governorates.map((g) => [shapeId('g', g.id), g.d] as const),
		...basemap.rivers.map((r) => [shapeId('r', r.name), r.d] as const)
	]
		.map(([id, d]) => `<path id="${id}" d="${escapeHtml(d)}" vector-effect="non-scaling-stroke"/>`)
		.join('');
	return `<defs>${paths}</defs>`;
}

/** The basemap without its path data, for the browser, which only needs ids, centroids, places and cameras. */
export function withoutPaths(basemap: Basemap): Basemap {
	const strip = <T extends { d: string }>(s: T): T => ({ ...s, d: '' });
	return { ...basemap, countries: basemap.countries.map(strip), governorates: basemap.governorates.map(strip), rivers: basemap.rivers.map(strip) };
}
