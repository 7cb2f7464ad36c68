import placesCsv from './places.csv?raw';
import deathsCsv from './civilian_deaths_monthly.csv?raw';
import troopsCsv from './us_troops.csv?raw';
import topology from './map.topo.json';
import type { Topology } from 'topojson-specification';
import { parsePlaces } from './places';
import { parseDeaths, parseTroops } from './series';
import { buildBasemap } from '$lib/graphic/projection';

export const places = parsePlaces(placesCsv);
export const deaths = parseDeaths(deathsCsv);
export const troops = parseTroops(troopsCsv);
export const basemap = buildBasemap(topology as unknown as Topology, places);
