import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import ShareCard from '$lib/components/ShareCard.svelte';
import { story } from '$lib/content/site.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';
import { layoutCard, type CardText } from '$lib/graphic/cardLayout';
import { basemap, pictureData } from '$lib/graphic/data.server';
import { chapterFigures } from '$lib/graphic/figures';
import { standalone } from './figures.server';
import { cardCss, pictureCss, type TokenRef } from '$lib/graphic/style';
import { colour, type ColourName } from '$lib/tokens';

/** One card for the story and one per chapter: `story`, `invasion`, … */
export const CARD_NAMES = ['story', ...story.chapters.map((c) => c.id)];

const FONT_DIR = 'node_modules/dejavu-fonts-ttf/ttf';
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => `${FONT_DIR}/${f}`);

/** The light theme's colours written out, and the fonts the card ships with. */
const literal: TokenRef = (name) => (name === 'sans' ? "'DejaVu Sans'" : name === 'serif' ? "'DejaVu Serif'" : colour(name as ColourName, 'light'));

const figures = chapterFigures(story);

/** The card's words and map: the chapter's still figure's map (the opening chapter's for the story). */
function cardFor(name: string): { text: CardText; map: (typeof figures)[string]['map'] } {
	const chapter = name === 'story' ? story.chapters[0]! : story.chapters.find((c) => c.id === name)!;
	const text =
		name === 'story'
			? { kicker: story.kicker, title: story.title, footer: story.byline }
			: { kicker: chapter.years, title: chapter.title, footer: story.title };
	return { text, map: figures[chapter.id]!.map };
}

/** The card as SVG markup, drawn by ShareCard. */
export function cardSvg(name: string): string {
	const { text, map } = cardFor(name);
	const head = `<style>${pictureCss(literal)} ${cardCss(literal)}</style>${basemapDefs(basemap)}`;
	const { body } = render(ShareCard, { props: { card: layoutCard(text, map, basemap, pictureData.choropleths), head } });
	return standalone(body);
}

export function cardPng(name: string): ArrayBuffer {
	const png = new Resvg(cardSvg(name), {
		fitTo: { mode: 'original' },
		font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
	})
		.render()
		.asPng();
	return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
