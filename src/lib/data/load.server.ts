import placesCsv from './places.csv?raw';
import deathsCsv from './civilian_deaths_monthly.csv?raw';
import troopsCsv from './us_troops.csv?raw';
import referendumCsv from './referendum_2005.csv?raw';
import turnoutCsv from './turnout_jan2005.csv?raw';
import { parsePlaces } from './places';
import { parseDeaths, parseTroops } from './series';
import { parseReferendumNo, parseTurnout } from './votes';

export const places = parsePlaces(placesCsv);
export const deaths = parseDeaths(deathsCsv);
export const troops = parseTroops(troopsCsv);

/** Figures by governorate for the maps that fill governorates, by choropleth id. */
export const votes = { 'turnout-jan2005': parseTurnout(turnoutCsv), 'referendum-no-2005': parseReferendumNo(referendumCsv) };
