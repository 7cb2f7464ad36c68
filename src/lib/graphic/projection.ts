import { geoConicConformal, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { CAMERAS, type CameraId } from '$lib/content/vocabulary';
import type { Place } from '$lib/data/places';
import type { Box, Basemap, Point, River } from './types';
import { COUNTRY_LABEL_AT } from './legend';

/**
 * The map is projected once, at build time, into a fixed reference space (REF_WIDTH wide); the
 * browser only moves a camera over it (a scale and a translation), so no path is re-projected
 * while reading, resizing or animating.
 */
export const REF_WIDTH = 1000;
export const REF_HEIGHT = 800;

export function referenceProjection(): GeoProjection {
	const [[w, s], [e, n]] = CAMERAS['iraq-syria'];
	const outline: Feature = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, s], [w, n], [e, n], [(w + e) / 2, n], [(w + e) / 2, s]] }
	};
	return geoConicConformal()
		.parallels([30, 37])
		.rotate([-42, 0])
		.fitExtent([[0, 0], [REF_WIDTH, REF_HEIGHT]], outline);
}

/** A camera's box in reference space: the bounds of its lon/lat box's edges. */
export function cameraBox(projection: GeoProjection, camera: CameraId): Box {
	const [[w, s], [e, n]] = CAMERAS[camera];
	const pts: [number, number][] = [];
	for (let t = 0; t <= 1; t += 0.25)
		pts.push([w + (e - w) * t, s], [w + (e - w) * t, n], [w, s + (n - s) * t], [e, s + (n - s) * t]);
	const xy = pts.map((p) => projection(p)!);
	const xs = xy.map((p) => p[0]);
	const ys = xy.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export type RiverLines = FeatureCollection<LineString | MultiLineString, { name: string }>;

/** Kilometres per reference unit where the story happens (the conic projection's scale varies by under 2% across Iraq). */
function kmPerUnit(projection: GeoProjection): number {
	const a: [number, number] = [43, 33.5];
	const b: [number, number] = [44, 33.5];
	const [pa, pb] = [projection(a)!, projection(b)!];
	return (geoDistance(a, b) * 6371) / Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
}

/**
 * Rivers by name (a lake's centre line joins its river), each as a path and as lines of points
 * for placing its name along it.
 */
function projectRivers(rivers: RiverLines, projection: GeoProjection): River[] {
	const path = geoPath(projection).digits(1);
	const byName = new Map<string, River>();
	for (const f of rivers.features) {
		const name = f.properties.name.replace(/\s*\(.*\)$/, '');
		const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const river = byName.get(name) ?? { name, d: '', lines: [] };
		river.d += path(f) ?? '';
		for (const part of parts) river.lines.push(part.map((c) => projection(c as [number, number])!.map((n) => Math.round(n * 10) / 10) as Point));
		byName.set(name, river);
	}
	return [...byName.values()];
}

/** Projects the shapes, rivers and places into reference space, as SVG path strings and points. */
export function buildBasemap(topology: Topology, places: readonly Place[], rivers: RiverLines): Basemap {
	const projection = referenceProjection();
	const path = geoPath(projection).digits(1);
	const project = (lonlat: [number, number]): Point => {
		const [x, y] = projection(lonlat)!;
		return [round1(x), round1(y)];
	};
	const shapes = (name: string) => {
		const fc = feature(topology, topology.objects[name] as GeometryCollection);
		return fc.features.map((f: Feature<Geometry>) => {
			const c = path.centroid(f);
			return {
				id: String(f.id),
				d: path(f) ?? '',
				centroid: [round1(c[0]), round1(c[1])] as Point
			};
		});
	};
	const cameras = Object.fromEntries(
		(Object.keys(CAMERAS) as CameraId[]).map((id) => [id, cameraBox(projection, id).map(round1) as Box])
	) as Record<CameraId, Box>;
	return {
		width: REF_WIDTH,
		height: REF_HEIGHT,
		countries: shapes('countries'),
		governorates: shapes('governorates'),
		places: Object.fromEntries(places.map((p) => [p.name, { kind: p.kind, xy: project([p.lon, p.lat]) }])),
		countryLabels: Object.entries(COUNTRY_LABEL_AT).map(([name, lonlat]) => ({ name, xy: project(lonlat) })),
		rivers: projectRivers(rivers, projection),
		kmPerUnit: kmPerUnit(projection),
		cameras
	};
}
