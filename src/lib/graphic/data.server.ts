import topology from '$lib/data/map.topo.json';
import riversJson from '$lib/data/rivers.geojson?raw';
import type { Topology } from 'topojson-specification';
import { deaths, places, troops, votes } from '$lib/data/load.server';
import { editions } from '$lib/content/site.server';
import { LANGS, type Lang } from '$lib/i18n';
import { buildBasemap, type RiverLines } from './projection';
import { chartAxes } from './chartAxes';
import { prepareChoropleths } from './choropleth';
import { withoutPaths } from './basemapDefs';
import { pictureWords } from './words';
import type { PictureData } from './layout';

export const basemap = buildBasemap(topology as unknown as Topology, places, JSON.parse(riversJson) as RiverLines);
const axes = chartAxes(deaths, troops);

function forEdition(lang: Lang): PictureData {
	const words = pictureWords(lang, places);
	return { basemap, deaths, troops, chartSource: editions[lang].story.credits.chart, chartAxes: axes, choropleths: prepareChoropleths(votes, words.bins), words };
}

/** What every picture is drawn from, in each edition, with the basemap's path data (for files that carry their own shapes). */
export const pictureDataIn = Object.fromEntries(LANGS.map((lang) => [lang, forEdition(lang)])) as Record<Lang, PictureData>;
/** The English edition's. */
export const pictureData = pictureDataIn.en;

/** What a page that draws the graphic needs in its data: the basemap without its path data (that comes from /basemap.svg). */
export const graphicData = (lang: Lang = 'en') => ({ pictureData: { ...pictureDataIn[lang], basemap: withoutPaths(basemap) } });
