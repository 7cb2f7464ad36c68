import placesCsv from './places.csv?raw';
import deathsCsv from './civilian_deaths_monthly.csv?raw';
import troopsCsv from './us_troops.csv?raw';
import { parsePlaces } from './places';
import { parseDeaths, parseTroops } from './series';

export const places = parsePlaces(placesCsv);
export const deaths = parseDeaths(deathsCsv);
export const troops = parseTroops(troopsCsv);
