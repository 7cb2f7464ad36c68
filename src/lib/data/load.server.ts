import placesCsv from './places.csv?raw';
import deathsCsv from './civilian_deaths_monthly.csv?raw';
import troopsCsv from './us_troops.csv?raw';
import topology from './map.topo.json';
import type { Topology } from 'topojson-specification';
import { parsePlaces } from './places';
import { parseDeaths, parseTroops } from './series';
import { buildBasemap } from '$lib/graphic/projection';
import { withoutPaths } from '$lib/graphic/basemapDefs';

export const places = parsePlaces(placesCsv);
export const deaths = parseDeaths(deathsCsv);
export const troops = parseTroops(troopsCsv);
export const basemap = buildBasemap(topology as unknown as Topology, places);

/** What a page that draws the graphic needs in its data: the basemap without its path data (that comes from /basemap.svg) and the two series. */
export const graphicData = () => ({ basemap: withoutPaths(basemap), deaths, troops });
