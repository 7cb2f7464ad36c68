import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { story } from '$lib/content/site.server';
import { chapterFigures } from '$lib/content/story';
import { basemap } from '$lib/data/load.server';
import { readPalette, shareCardSvg, CARD_HEIGHT, CARD_WIDTH } from './card';

/** One card for the story and one per chapter: `story`, `invasion`, … */
export const CARD_NAMES = ['story', ...story.chapters.map((c) => c.id)];

const FONT_DIR = 'node_modules/dejavu-fonts-ttf/ttf';
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => `${FONT_DIR}/${f}`);

const figures = chapterFigures(story);

/** The picture for a card: the chapter's still figure's map (the opening's for the story). */
function mapFor(name: string) {
	const chapter = name === 'story' ? story.chapters[0]! : story.chapters.find((c) => c.id === name)!;
	return { chapter, map: figures[chapter.id]!.map };
}

function cardSvg(name: string): string {
	const { chapter, map } = mapFor(name);
	const palette = readPalette(readFileSync('src/app.css', 'utf8'));
	const text =
		name === 'story'
			? { kicker: 'Iraq, 2003–2014', title: story.title, footer: `${story.byline} · an explainer in six chapters` }
			: { kicker: `Iraq, ${chapter.years}`, title: chapter.title, footer: story.title };
	return shareCardSvg(text, map, basemap, palette);
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

export { CARD_WIDTH, CARD_HEIGHT };
