import { TYPE } from '$lib/tokens';
import { layoutMap, type MapLayout } from './mapLayout';
import { forDirection, type PictureWords } from './words';
import { round1, wrapText } from './labels';
import type { Basemap, Box, Choropleths, MapState, TextLine } from './types';

/** The social image's size, as Open Graph and Twitter cards expect it. */
export const CARD = { width: 1200, height: 630 } as const;
/** The map fills the card right of this line. */
const MAP_LEFT = 560;
const MAP_PAD = 30;
/** The map is laid out at 1/ZOOM and drawn at ZOOM, so labels are large in a feed and still never collide. */
const ZOOM = 1.4;
/** The text column: left edge, width, and where its lines sit. */
const TEXT = { x: 56, width: 470, kickerY: 92, titleTop: 122, titleLines: 5, titleLeading: 1.12, footerBottom: 48 };

export interface CardText {
	kicker: string;
	title: string;
	/** The line at the foot of the text column. */
	footer: string;
}

export interface CardLayout {
	dir: PictureWords['dir'];
	width: number;
	height: number;
	/** The map's part of the card, which clips it. */
	mapBox: Box;
	zoom: number;
	/** The map, laid out in the card's coordinates divided by `zoom`. */
	map: MapLayout;
	kicker: TextLine;
	title: TextLine[];
	footer: TextLine[];
}

/** The 1200×630 share card: the title on the left, the chapter's map on the right. */
export function layoutCard(text: CardText, map: MapState, basemap: Basemap, words: PictureWords, choropleths: Choropleths = {}): CardLayout {
	const mapBox: Box = [MAP_LEFT, 0, CARD.width, CARD.height];
	const frame: Box = [(MAP_LEFT + MAP_PAD) / ZOOM, MAP_PAD / ZOOM, (CARD.width - MAP_PAD) / ZOOM, (CARD.height - MAP_PAD) / ZOOM];
	const sea: Box = [MAP_LEFT / ZOOM, 0, CARD.width / ZOOM, CARD.height / ZOOM];
	// Serif capitals run wider than the sans-serif estimate: measure the title a little large.
	const title = wrapText(text.title, TEXT.width, TYPE.cardTitle * 0.92).slice(0, TEXT.titleLines);
	const footer = wrapText(text.footer, TEXT.width - 10, TYPE.cardFooter);
	const footerLead = TYPE.cardFooter * 1.27;
	// Right-to-left words keep to the text column's right edge.
	const at = words.dir === 'rtl' ? { x: TEXT.x + TEXT.width, anchor: 'end' as const } : { x: TEXT.x };
	return forDirection(words.dir, {
		dir: words.dir,
		width: CARD.width,
		height: CARD.height,
		mapBox,
		zoom: ZOOM,
		map: layoutMap(basemap, map, frame, sea, 'corner', words, choropleths),
		kicker: { text: text.kicker.toUpperCase(), ...at, y: TEXT.kickerY, size: TYPE.cardKicker },
		title: title.map((t, i) => ({ text: t, ...at, y: round1(TEXT.titleTop + TYPE.cardTitle * 0.92 + i * TYPE.cardTitle * TEXT.titleLeading), size: TYPE.cardTitle })),
		footer: footer.map((t, i) => ({ text: t, ...at, y: round1(CARD.height - TEXT.footerBottom - (footer.length - 1 - i) * footerLead), size: TYPE.cardFooter }))
	});
}
