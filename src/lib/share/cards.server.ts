import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import ShareCard from '$lib/components/ShareCard.svelte';
import { editions, story } from '$lib/content/site.server';
import { LANGS, type Lang } from '$lib/i18n';
import { basemapDefs } from '$lib/graphic/basemapDefs';
import { layoutCard, type CardText } from '$lib/graphic/cardLayout';
import { basemap, pictureDataIn } from '$lib/graphic/data.server';
import { chapterFigures } from '$lib/graphic/figures';
import { standalone } from './figures.server';
import { cardCss, pictureCss, type TokenRef } from '$lib/graphic/style';
import { colour, type ColourName } from '$lib/tokens';

/** One card for the story and one per chapter: `story`, `invasion`, …; the Arabic edition's `ar-story`, `ar-invasion`, … */
export const CARD_NAMES = LANGS.flatMap((lang) => ['story', ...story.chapters.map((c) => c.id)].map((name) => (lang === 'en' ? name : `${lang}-${name}`)));

const FONT_DIR = 'node_modules/dejavu-fonts-ttf/ttf';
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => `${FONT_DIR}/${f}`);

/**
 * The light theme's colours written out, and the fonts the card ships with. DejaVu Serif has no
 * Arabic letters, so the Arabic cards set their titles in DejaVu Sans, which has.
 */
const literalIn =
	(lang: Lang): TokenRef =>
	(name) =>
		name === 'sans' || (name === 'serif' && lang === 'ar') ? "'DejaVu Sans'" : name === 'serif' ? "'DejaVu Serif'" : colour(name as ColourName, 'light');

/** A card's name split into its edition and its story or chapter. */
const parseName = (card: string): { lang: Lang; name: string } => {
	const m = /^(ar)-(.+)$/.exec(card);
	return m ? { lang: m[1] as Lang, name: m[2]! } : { lang: 'en', name: card };
};

/** The card's words and map: the chapter's still figure's map (the opening chapter's for the story). */
function cardFor(name: string, lang: Lang): { text: CardText; map: ReturnType<typeof chapterFigures>[string]['map'] } {
	const { story } = editions[lang];
	const figures = chapterFigures(story);
	const chapter = name === 'story' ? story.chapters[0]! : story.chapters.find((c) => c.id === name)!;
	const text =
		name === 'story'
			? { kicker: story.kicker, title: story.title, footer: story.byline }
			: { kicker: chapter.years, title: chapter.title, footer: story.title };
	return { text, map: figures[chapter.id]!.map };
}

/** The card as SVG markup, drawn by ShareCard. */
export function cardSvg(card: string): string {
	const { lang, name } = parseName(card);
	const { text, map } = cardFor(name, lang);
	const literal = literalIn(lang);
	const head = `<style>${pictureCss(literal)} ${cardCss(literal)}</style>${basemapDefs(basemap)}`;
	const data = pictureDataIn[lang];
	const { body } = render(ShareCard, { props: { card: layoutCard(text, map, basemap, data.words, data.choropleths), head } });
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
