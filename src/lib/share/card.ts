/**
 * The 1200×630 social image for the story and each chapter: the chapter's map on the right, its
 * title on the left. Built as plain SVG with colours written in (the PNG renderer knows no CSS
 * variables), from the same basemap, camera fit and label layout as the page's map.
 */
import { applyCamera, fitCamera, layoutArrows, layoutLabels, wrapText, type Basemap, type Box, type MapState } from '$lib/graphic';
import type { ArrowKind, Tone } from '$lib/content/vocabulary';
import { escapeHtml } from '$lib/html';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const ZOOM = 1.4;

/** The light palette, by the names app.css gives its custom properties (without `--`). */
export type Palette = Record<string, string>;

const COLOUR = String.raw`(?:rgba?\([^)]*\)|#[0-9a-f]{3,8})`;

/** Reads each `--name: light-dark(<light>, <dark>)` (or a plain colour) from a stylesheet's first rule, for one scheme. */
export function readPalette(css: string, scheme: 'light' | 'dark' = 'light'): Palette {
	const root = css.slice(0, css.indexOf('}'));
	const out: Palette = {};
	const re = new RegExp(String.raw`--([\w-]+):\s*(?:light-dark\(\s*(${COLOUR})\s*,\s*(${COLOUR})\s*\)|(${COLOUR}))\s*;`, 'gi');
	for (const m of root.matchAll(re)) out[m[1]!] = m[4] ?? (scheme === 'light' ? m[2]! : m[3]!);
	return out;
}


const WASH: Record<Tone, string> = { us: 'wash-us', isil: 'wash-isil', displacement: 'wash-disp', neutral: 'wash-neutral' };
const INK: Record<Tone, string> = { us: 'us', isil: 'isil', displacement: 'disp-text', neutral: 'neutral' };
const ARROW: Record<ArrowKind, string> = { us: 'us', isil: 'isil', displacement: 'disp', crossing: 'isil' };

export interface CardText {
	kicker: string;
	title: string;
	/** The site line at the foot of the text column. */
	footer: string;
}

/** The card as SVG markup, from a basemap that still has its path data. */
export function shareCardSvg(text: CardText, map: MapState, basemap: Basemap, p: Palette): string {
	const mapBox: Box = [560, 0, CARD_WIDTH, CARD_HEIGHT];
	// The map is laid out at 1/ZOOM and drawn at ZOOM, so labels are large in a feed and still never collide.
	const frame: Box = [(mapBox[0] + 30) / ZOOM, 30 / ZOOM, (CARD_WIDTH - 30) / ZOOM, (CARD_HEIGHT - 30) / ZOOM];
	const camera = fitCamera(basemap.cameras[map.camera], frame);
	const arrows = layoutArrows(basemap, map.arrows, camera);
	const labels = layoutLabels(basemap, map, arrows, camera, frame, []);
	const highlight = new Set(map.highlight);
	const shape = (d: string | undefined, attrs: string) => (d ? `<path d="${d}" ${attrs}/>` : '');
	const country = (id: string) => basemap.countries.find((c) => c.id === id)?.d;
	const sw = (w: number) => (w / camera.k).toFixed(3);

	const countries = basemap.countries
		.map((c) => shape(c.d, `fill="${c.id === 'Iraq' || c.id === 'Syria' ? p['land-focus'] : p.land}" stroke="${p.border}" stroke-width="${sw(0.8)}"`))
		.join('');
	const govs = basemap.governorates
		.map((g) => shape(g.d, `fill="${highlight.has(g.id) ? p[WASH[map.tone]] : 'none'}" stroke="${p.border}" stroke-width="${sw(0.6)}"`))
		.join('');
	const borders = ['Iraq', 'Syria'].map((id) => shape(country(id), `fill="none" stroke="${p['border-focus']}" stroke-width="${sw(1.4)}"`)).join('');
	// Heads are drawn as triangles: resvg 2.6 aborts on SVG markers on curved paths.
	const arrowMarks = arrows
		.map(
			(a) =>
				`<path d="${a.d}" fill="none" stroke="${p[ARROW[a.kind]]}" stroke-width="3" stroke-linecap="round"${a.kind === 'crossing' ? ' stroke-dasharray="8 5"' : ''}/>` +
				`<path d="M-6,-6L5,0L-6,6z" fill="${p[ARROW[a.kind]]}" transform="translate(${a.tip.at[0].toFixed(1)} ${a.tip.at[1].toFixed(1)}) rotate(${a.tip.angle.toFixed(1)})"/>`
		)
		.join('');
	const markers = map.markers
		.flatMap((m) => {
			const place = basemap.places[m.place];
			if (!place) return [];
			const [x, y] = applyCamera(camera, place.xy);
			return [`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${p[INK[map.tone]]}" stroke="${p.paper}" stroke-width="2"/>`];
		})
		.join('');
	const labelMarks = labels
		.map((l) => {
			const kind = l.id.slice(0, 1);
			const muted = kind === 'g' || kind === 'c' || kind === 'a';
			const size = l.size;
			const lines = l.lines
				.map((line, i) => `<tspan x="${l.x.toFixed(1)}" dy="${i ? (size * 1.15).toFixed(1) : 0}"${i ? ` font-weight="400" fill="${p.muted}"` : ''}>${escapeHtml(line)}</tspan>`)
				.join('');
			return `<text x="${l.x.toFixed(1)}" y="${l.y.toFixed(1)}" text-anchor="${l.anchor}" font-size="${size.toFixed(1)}" font-weight="${muted ? 400 : 700}" fill="${muted ? p.muted : p.ink}" stroke="${p.land}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${kind === 'c' ? ' letter-spacing="2"' : ''}>${lines}</text>`;
		})
		.join('');

	const titleSize = 52;
	const titleLines = wrapText(text.title, 470, titleSize * 0.92).slice(0, 5);
	const title = titleLines.map((line, i) => `<tspan x="56" dy="${i ? titleSize * 1.12 : 0}">${escapeHtml(line)}</tspan>`).join('');

	const footerLines = wrapText(text.footer, 460, 22);
	const footer = footerLines.map((line, i) => `<tspan x="56" dy="${i ? 28 : 0}">${escapeHtml(line)}</tspan>`).join('');

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<defs><clipPath id="mapclip"><rect x="${mapBox[0]}" y="0" width="${mapBox[2] - mapBox[0]}" height="${CARD_HEIGHT}"/></clipPath></defs>
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${p.paper}"/>
<g clip-path="url(#mapclip)"><rect x="${mapBox[0]}" width="${mapBox[2] - mapBox[0]}" height="${CARD_HEIGHT}" fill="${p.water}"/>
<g transform="scale(${ZOOM})"><g transform="translate(${camera.x.toFixed(2)} ${camera.y.toFixed(2)}) scale(${camera.k.toFixed(4)})">${countries}${govs}${borders}</g>
${arrowMarks}${markers}${labelMarks}</g></g>
<text x="56" y="92" font-family="DejaVu Sans" font-size="22" letter-spacing="2" fill="${p.muted}">${escapeHtml(text.kicker.toUpperCase())}</text>
<text x="56" y="170" font-family="DejaVu Serif" font-weight="700" font-size="${titleSize}" fill="${p.ink}">${title}</text>
<text x="56" y="${CARD_HEIGHT - 48 - (footerLines.length - 1) * 28}" font-family="DejaVu Sans" font-size="22" fill="${p.muted}">${footer}</text>
</svg>`;
}
