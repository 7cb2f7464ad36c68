import topology from '$lib/data/map.topo.json';
import riversJson from '$lib/data/rivers.geojson?raw';
import type { Topology } from 'topojson-specification';
import { deaths, places, troops, votes } from '$lib/data/load.server';
import { story } from '$lib/content/site.server';
import { buildBasemap, type RiverLines } from './projection';
import { chartAxes } from './chartAxes';
import { prepareChoropleths } from './choropleth';
import { withoutPaths } from './basemapDefs';
import type { PictureData } from './layout';

export const basemap = buildBasemap(topology as unknown as Topology, places, JSON.parse(riversJson) as RiverLines);

/** What every picture is drawn from, with the basemap's path data (for files that carry their own shapes). */
export const pictureData: PictureData = { basemap, deaths, troops, chartSource: story.credits.chart, chartAxes: chartAxes(deaths, troops), choropleths: prepareChoropleths(votes) };

/** What a page that draws the graphic needs in its data: the basemap without its path data (that comes from /basemap.svg). */
export const graphicData = () => ({ pictureData: { ...pictureData, basemap: withoutPaths(basemap) } });
