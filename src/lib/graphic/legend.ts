import type { ArrowKind, Tone } from '$lib/content/vocabulary';
import { TYPE } from '$lib/tokens';
import { round1, textWidth } from './labels';
import type { Box, Choropleths, MapState, Rect, TextLine } from './types';
import type { PictureWords } from './words';


/**
 * Country names drawn on the map, most important first (a label that collides with a more
 * important one is dropped), at lon/lat anchors inside each country and clear of the story's towns.
 */
export const COUNTRY_LABEL_AT: Record<string, [number, number]> = {
	Iraq: [42.6, 32.6],
	Syria: [38.4, 34.9],
	Turkey: [40.2, 37.75],
	Iran: [47.3, 34.0],
	'Saudi Arabia': [41.8, 29.6],
	Jordan: [37.3, 31.0],
	Kuwait: [47.5, 29.15]
};

export interface LegendItem {
	/** A shaded swatch in the step's tone, an arrow of a kind, or a class of a figure (`bin-0`…, `unknown`). */
	mark: { shade: Tone } | { arrow: ArrowKind } | { fill: string };
	/** The swatch's box, or the arrow's line and head. */
	swatch: Rect;
	arrow?: { d: string; head: string };
	text: TextLine;
}

export interface LegendLayout {
	items: LegendItem[];
	box: Box;
}

/** A swatch's size and the gaps around legend entries. */
const SWATCH = { w: 16, h: 10, gap: 5, between: 14, row: 18 };

/**
 * The map's key, in rows from the top-left of the frame (the top-right, mirrored, right to left): what the shading means (the content's
 * `key`) and each kind of arrow shown. Nothing is drawn when colour encodes nothing.
 */
export function layoutLegend(map: MapState, frame: Box, words: PictureWords, choropleths: Choropleths = {}): LegendLayout | null {
	const size = TYPE.legend;
	const entries: { mark: LegendItem['mark']; text: string }[] = [];
	const c = map.choropleth && choropleths[map.choropleth];
	if (c) {
		c.key.forEach((text, i) => entries.push({ mark: { fill: `bin-${i}` }, text }));
		if (c.unknown) entries.push({ mark: { fill: 'unknown' }, text: words.noFigure });
	}
	if (map.highlight.length && map.key) entries.push({ mark: { shade: map.tone }, text: map.key });
	for (const kind of new Set(map.arrows.map((a) => a.kind))) entries.push({ mark: { arrow: kind }, text: words.arrows[kind] });
	if (!entries.length) return null;
	const items: LegendItem[] = [];
	let [x, y] = [frame[0] + 2, frame[1]];
	for (const e of entries) {
		const w = SWATCH.w + SWATCH.gap + textWidth(e.text, size);
		if (x > frame[0] + 2 && x + w > frame[2]) [x, y] = [frame[0] + 2, y + SWATCH.row];
		const mid = y + SWATCH.row / 2;
		const swatch = { x: round1(x), y: round1(mid - SWATCH.h / 2), width: SWATCH.w, height: SWATCH.h };
		const arrow = 'arrow' in e.mark ? { d: `M${round1(x)},${round1(mid)}H${round1(x + SWATCH.w - 4)}`, head: `M${round1(x + SWATCH.w - 6)},${round1(mid - 4)}L${round1(x + SWATCH.w)},${round1(mid)}L${round1(x + SWATCH.w - 6)},${round1(mid + 4)}Z` } : undefined;
		items.push({ mark: e.mark, swatch, ...(arrow ? { arrow } : {}), text: { text: e.text, x: round1(x + SWATCH.w + SWATCH.gap), y: round1(mid + size * 0.35), size } });
		x += w + SWATCH.between;
	}
	const right = Math.max(...items.map((i) => i.text.x + textWidth(i.text.text, size)));
	const box: Box = [frame[0], frame[1], round1(right + 2), round1(y + SWATCH.row)];
	return words.dir === 'rtl' ? mirror({ items, box }, frame) : { items, box };
}

/** The key flipped across the frame: swatches on the right of their words, rows from the right. */
function mirror(legend: LegendLayout, frame: Box): LegendLayout {
	const fx = (x: number) => round1(frame[0] + frame[2] - x);
	const flipPath = (d: string) => d.replace(/([MLH])(-?[\d.]+)/g, (_, c: string, x: string) => `${c}${fx(Number(x))}`);
	const items = legend.items.map((i) => ({
		...i,
		swatch: { ...i.swatch, x: round1(fx(i.swatch.x) - i.swatch.width) },
		...(i.arrow ? { arrow: { d: flipPath(i.arrow.d), head: flipPath(i.arrow.head) } } : {}),
		text: { ...i.text, x: fx(i.text.x), anchor: 'end' as const }
	}));
	const [x0, y0, x1, y1] = legend.box;
	return { items, box: [fx(x1), y0, fx(x0), y1] };
}

