import type { Basemap } from './types';
import { shapeId } from './shapeId';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The basemap's shapes as one hidden SVG of `<defs>`, written into every page at build time. Every
 * map on the page (the sticky graphic, the still figures) draws them with `<use>`, so the path data
 * is sent once and never carried in the page's JavaScript data.
 */
export function basemapDefs(basemap: Basemap): string {
	const paths = [...basemap.countries.map((c) => ['c', c] as const), ...basemap.governorates.map((g) => ['g', g] as const)]
		.map(([kind, s]) => `<path id="${shapeId(kind, s.id)}" d="${attr(s.d)}" vector-effect="non-scaling-stroke"/>`)
		.join('');
	return `<svg class="basemap-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${paths}</defs></svg>`;
}

/** The basemap without its path data, for the browser, which only needs ids, centroids, places and cameras. */
export function withoutPaths(basemap: Basemap): Basemap {
	const strip = <T extends { d: string }>(s: T): T => ({ ...s, d: '' });
	return { ...basemap, countries: basemap.countries.map(strip), governorates: basemap.governorates.map(strip) };
}
