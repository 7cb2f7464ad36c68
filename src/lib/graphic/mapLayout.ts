import { TYPE } from '$lib/tokens';
import type { Tone } from '$lib/content/vocabulary';
import { applyCamera, fitCamera } from './camera';
import { placeLabels, round1, textWidth, wrapText, type LabelRequest, type PlacedLabel } from './labels';
import type { LegendLayout } from './legend';
import { nameIn, type PictureWords } from './words';
import { shapeId } from './shapeId';
import { isZoomed, layoutLocator, layoutScaleBar, riverSpots, toRect, type LocatorLayout, type ScaleBarLayout } from './orientation';
import type { Arrow, Basemap, Box, Camera, Choropleth, Choropleths, MapState, Point, Rect, TextLine } from './types';

export interface ArrowLayout {
	kind: Arrow['kind'];
	d: string;
	/** The arrowhead as a closed path at the arrow's end (no SVG markers: resvg cannot draw them on curves). */
	head: string;
	label: string;
	/** Where the arrow's label is anchored. */
	mid: Point;
}

export interface MarkerLayout {
	place: string;
	/** In reference space: the live graphic moves markers with the camera while it flies. */
	xy: Point;
	r: number;
}

export interface NoteLayout {
	box: Box;
	/** The box as a rectangle to draw. */
	rect: Rect;
	lines: TextLine[];
}

/** Everything the map draws, for one state in one frame. */
export interface MapLayout {
	/** The screen rectangle the step's region fits into. */
	frame: Box;
	/** The water behind the land: the whole area the map is drawn in. */
	sea: Rect;
	camera: Camera;
	tone: Tone;
	countries: { shape: string; focus: boolean }[];
	/** `fill` is the class of a governorate filled by a figure: `bin-0` (lowest) … or `unknown`. */
	governorates: { shape: string; highlighted: boolean; fill?: string }[];
	/** Shapes outlined on top: the two countries the story is about. */
	borders: string[];
	/** Rivers, drawn with the shapes, under the marks. */
	rivers: { shape: string; name: string }[];
	arrows: ArrowLayout[];
	markers: MarkerLayout[];
	/** Baghdad and the governorate capitals in view that the step does not mark, where their names fit. */
	context: MarkerLayout[];
	labels: PlacedLabel[];
	note?: NoteLayout;
	scaleBar?: ScaleBarLayout;
	/** On zoomed views: where in Iraq the map is. */
	locator?: LocatorLayout;
	/** What the picture shows, and when (none on share cards, which have their own). */
	title?: TextLine[];
	/** What the colours mean. */
	legend?: LegendLayout;
	/** The strip of paper behind the title and the key, above the map. */
	band?: Rect;
}

/** The two countries the story is about: drawn darker, and outlined. */
const FOCUS = ['Iraq', 'Syria'];
/** Marker dots keep this far from an arrow's ends. */
const DOT_GAP = 7;
/** Marker radii; labels keep clear of the larger around every dot. */
const DOT_R = { capital: 5, town: 4 };
/** Labels keep this far from a marker's centre. */
const LABEL_GAP = 8;
const ARROW_LABEL_GAP = 10;
/** The arrowhead: length behind the tip, and half its width. */
const HEAD = { back: 6, tip: 5, half: 6 };
/** A note's box: inner padding, widest text, and the gap left below it when the map sits under it. */
const NOTE = { padX: 10, padY: 8, leading: 1.3, maxWidth: 240, gap: 4 };

const trim = (from: Point, to: Point, by: number): Point => {
	const dx = to[0] - from[0];
	const dy = to[1] - from[1];
	const len = Math.hypot(dx, dy) || 1;
	return [to[0] - (dx / len) * by, to[1] - (dy / len) * by];
};


function arrowPath(points: Point[]): { d: string; from: Point } {
	if (points.length === 2) {
		// A gentle arc, so two arrows from one place never lie on top of each other.
		const [a, b] = [points[0]!, points[1]!];
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		const c: Point = [(a[0] + b[0]) / 2 - dy * 0.2, (a[1] + b[1]) / 2 + dx * 0.2];
		return { d: `M${round1(a[0])},${round1(a[1])}Q${round1(c[0])},${round1(c[1])} ${round1(b[0])},${round1(b[1])}`, from: c };
	}
	return { d: 'M' + points.map((p) => `${round1(p[0])},${round1(p[1])}`).join('L'), from: points.at(-2)! };
}

/** A triangle with its point at `tip`, facing away from `from`. */
function headPath(tip: Point, from: Point): string {
	const a = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
	const [cos, sin] = [Math.cos(a), Math.sin(a)];
	const at = ([x, y]: Point) => `${round1(tip[0] + x * cos - y * sin)},${round1(tip[1] + x * sin + y * cos)}`;
	return `M${at([-HEAD.back, -HEAD.half])}L${at([HEAD.tip, 0])}L${at([-HEAD.back, HEAD.half])}Z`;
}

/** Arrows in screen space for a camera, ends trimmed clear of the marker dots. */
export function layoutArrows(basemap: Basemap, arrows: readonly Arrow[], camera: Camera, words: PictureWords): ArrowLayout[] {
	return arrows.flatMap((a) => {
		const pts = a.path.flatMap((name) => {
			const p = basemap.places[name];
			return p ? [applyCamera(camera, p.xy)] : [];
		});
		if (pts.length < 2) return [];
		pts[0] = trim(pts[1]!, pts[0]!, DOT_GAP);
		pts[pts.length - 1] = trim(pts[pts.length - 2]!, pts[pts.length - 1]!, DOT_GAP + 2);
		const m = Math.floor((pts.length - 1) / 2);
		const [p, q] = [pts[m]!, pts[m + 1]!];
		const { d, from } = arrowPath(pts);
		const label = a.label ? `${words.arrows[a.kind]} (${a.label})` : words.arrows[a.kind];
		return [{ kind: a.kind, d, head: headPath(pts.at(-1)!, from), label, mid: [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] as Point }];
	});
}

/** Label priorities: lower is placed first and wins. */
const PRIORITY = { marker: 0, arrow: 50, shaded: 100, capital: 120, river: 150, governorate: 180, country: 200 };
/** Context places (Baghdad and governorate capitals) that the step does not mark. */
const CONTEXT_KINDS = ['province-capital'];
const CONTEXT_R = 2.5;
/** Baghdad first among context places: it orients every reader. */
const CONTEXT_FIRST = 'Baghdad';
/** At most one context place for this many square pixels of map, so small maps stay readable. */
const CONTEXT_AREA = 12_000;

interface LabelInputs {
	arrows: readonly ArrowLayout[];
	context: readonly { place: string; at: Point }[];
	zoomed: boolean;
	/** On a map filled by a figure: its labels. */
	choropleth?: Choropleth;
	words: PictureWords;
}

/**
 * Every label on the map, in priority order: the step's markers, arrows, shaded governorates, the
 * context places, rivers, governorate names on zoomed views, then countries. Lesser labels that
 * would collide are dropped; a context place's dot goes with its label.
 */
export function layoutLabels(basemap: Basemap, map: MapState, inputs: LabelInputs, camera: Camera, frame: Box, reserved: readonly Box[]): PlacedLabel[] {
	const { arrows, context, zoomed, words } = inputs;
	const name = (n: string) => nameIn(words, n);
	const requests: LabelRequest[] = [];
	const dots: Box[] = [];
	const square = ([x, y]: Point, r: number): Box => [x - r, y - r, x + r, y + r];
	// Baghdad's dot is kept before any label is placed: the one place every map shows when in view.
	for (const c of context) if (c.place === CONTEXT_FIRST) dots.push(square(c.at, CONTEXT_R + 1));
	map.markers.forEach((m, i) => {
		const p = basemap.places[m.place];
		if (!p) return;
		const at = applyCamera(camera, p.xy);
		dots.push(square(at, DOT_R.capital));
		const lines = [{ text: name(m.place), size: TYPE.place }, ...(m.sub ? [{ text: m.sub, size: TYPE.placeSub }] : [])];
		requests.push({ id: `m:${m.place}`, at, lines, priority: PRIORITY.marker + i, gap: LABEL_GAP, leader: true });
	});
	arrows.forEach((a, i) => requests.push({ id: `a:${i}`, at: a.mid, lines: [{ text: a.label, size: TYPE.arrow }], priority: PRIORITY.arrow + i, gap: ARROW_LABEL_GAP }));
	const highlight = new Set(map.highlight);
	// A map filled by a figure names each governorate with its figure, the most extreme first.
	const figureRank = new Map(inputs.choropleth?.order.map((g, i) => [g, i]));
	for (const g of basemap.governorates) {
		const shaded = highlight.has(g.id);
		const rank = figureRank.get(g.id);
		if (rank !== undefined)
			requests.push({
				id: `g:${g.id}`,
				at: applyCamera(camera, g.centroid),
				lines: [{ text: name(g.id), size: TYPE.area }, { text: inputs.choropleth!.labels[g.id]!, size: TYPE.placeSub }],
				priority: PRIORITY.shaded + rank,
				gap: 0
			});
		else if (shaded || zoomed)
			requests.push({ id: `g:${g.id}`, at: applyCamera(camera, g.centroid), lines: [{ text: name(g.id), size: TYPE.area }], priority: shaded ? PRIORITY.shaded : PRIORITY.governorate, gap: 0 });
	}
	context.forEach((c, i) =>
		requests.push({
			id: `p:${c.place}`,
			at: c.at,
			lines: [{ text: name(c.place), size: TYPE.context }],
			priority: PRIORITY.capital + i,
			gap: LABEL_GAP - 2,
			...(c.place === CONTEXT_FIRST ? { leader: true } : { dot: square(c.at, CONTEXT_R + 1) })
		})
	);
	basemap.rivers.forEach((r, i) => {
		const along = riverSpots(r.lines, camera, frame, textWidth(name(r.name), TYPE.river));
		if (along.length) requests.push({ id: `r:${r.name}`, at: along[0]!.at, along, lines: [{ text: name(r.name), size: TYPE.river }], priority: PRIORITY.river + i, gap: 0 });
	});
	basemap.countryLabels.forEach((c, i) =>
		requests.push({ id: `c:${c.name}`, at: applyCamera(camera, c.xy), lines: [{ text: name(c.name).toUpperCase(), size: TYPE.country }], priority: PRIORITY.country + i, gap: 0 })
	);
	return placeLabels(requests, frame, [...reserved, ...dots], words.comma);
}

/**
 * Where a map's note goes and what is left for the map. `top`: the note sits at the top and the map
 * fits below it (where cards scroll over the lower screen); `corner`: it sits in the frame's
 * bottom-left corner and labels keep out of it.
 */
export function layoutNote(note: string | undefined, frame: Box, place: 'top' | 'corner', dir: PictureWords['dir'] = 'ltr'): { note?: NoteLayout; mapFrame: Box } {
	const size = TYPE.note;
	const words = wrapText(note ?? '', Math.min(NOTE.maxWidth, frame[2] - frame[0] - 2 * NOTE.padX), size);
	if (!words.length) return { mapFrame: frame };
	const lead = size * NOTE.leading;
	const w = Math.max(...words.map((l) => textWidth(l, size))) + 2 * NOTE.padX;
	const h = 2 * NOTE.padY + size + (words.length - 1) * lead;
	const top = place === 'top' ? frame[1] : frame[3] - h;
	const box = [frame[0], top, frame[0] + w, top + h].map(round1) as Box;
	// Right-to-left lines keep to the box's right edge.
	const lines = words.map((text, i) => ({ text, size, y: round1(top + NOTE.padY + size * 0.85 + i * lead), ...(dir === 'rtl' ? { x: round1(box[2] - NOTE.padX), anchor: 'end' as const } : { x: box[0] + NOTE.padX }) }));
	return { note: { box, rect: toRect(box), lines }, mapFrame: place === 'top' ? [frame[0], box[3] + NOTE.gap, frame[2], frame[3]] : frame };
}

/** The map for a state in a frame: camera, shapes, rivers, arrows, markers, labels, note, scale bar and locator. */
export function layoutMap(basemap: Basemap, map: MapState, frame: Box, sea: Box, notePlace: 'top' | 'corner', words: PictureWords, choropleths: Choropleths = {}): MapLayout {
	const { note, mapFrame } = layoutNote(map.note, frame, notePlace, words.dir);
	const region = basemap.cameras[map.camera];
	const fit = fitCamera(region, mapFrame);
	// Rounded: a hundredth of a pixel is invisible, and floating-point noise would churn the golden files.
	const camera = { k: Math.round(fit.k * 1e5) / 1e5, x: Math.round(fit.x * 100) / 100, y: Math.round(fit.y * 100) / 100 };
	const arrows = layoutArrows(basemap, map.arrows, camera, words);
	const highlight = new Set(map.highlight);
	const zoomed = isZoomed(basemap, region);
	const locator = zoomed ? layoutLocator(basemap, camera, mapFrame) : undefined;
	const scaleBar = layoutScaleBar(basemap, camera, mapFrame, TYPE.scale, words.km) ?? undefined;
	const marked = new Set(map.markers.map((m) => m.place));
	const inFrame = ([x, y]: Point) => x > mapFrame[0] && x < mapFrame[2] && y > mapFrame[1] && y < mapFrame[3];
	// Context nearest the step's own places first: it orients the reader where the story is.
	const marks = map.markers.flatMap((m) => (basemap.places[m.place] ? [applyCamera(camera, basemap.places[m.place]!.xy)] : []));
	const centre: Point = [(mapFrame[0] + mapFrame[2]) / 2, (mapFrame[1] + mapFrame[3]) / 2];
	const nearMarks = (p: Point) => Math.min(...(marks.length ? marks : [centre]).map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])));
	const context = Object.entries(basemap.places)
		// A map filled by a figure keeps to Baghdad: its own labels name the governorates.
		.filter(([name, p]) => CONTEXT_KINDS.includes(p.kind) && !marked.has(name) && (!map.choropleth || name === CONTEXT_FIRST))
		.map(([name, p]) => ({ place: name, at: applyCamera(camera, p.xy) }))
		.filter((c) => inFrame(c.at))
		.sort((a, b) => Number(b.place === CONTEXT_FIRST) - Number(a.place === CONTEXT_FIRST) || nearMarks(a.at) - nearMarks(b.at))
		.slice(0, Math.max(1, Math.floor(((mapFrame[2] - mapFrame[0]) * (mapFrame[3] - mapFrame[1])) / CONTEXT_AREA)));
	const reserved = [note?.box, locator && boxOf(locator.box), scaleBar?.box].filter((b): b is Box => !!b);
	const choropleth = map.choropleth && choropleths[map.choropleth];
	const labels = layoutLabels(basemap, map, { arrows, context, zoomed, words, ...(choropleth ? { choropleth } : {}) }, camera, mapFrame, reserved);
	const labelled = new Set(labels.map((l) => l.id));
	return {
		frame: mapFrame,
		sea: toRect(sea),
		camera,
		tone: map.tone,
		countries: basemap.countries.map((c) => ({ shape: shapeId('c', c.id), focus: FOCUS.includes(c.id) })),
		governorates: basemap.governorates.map((g) => ({ shape: shapeId('g', g.id), highlighted: highlight.has(g.id), ...(choropleth && choropleth.fills[g.id] ? { fill: choropleth.fills[g.id] } : {}) })),
		rivers: basemap.rivers.map((r) => ({ shape: shapeId('r', r.name), name: r.name })),
		borders: FOCUS.map((id) => shapeId('c', id)),
		arrows,
		markers: map.markers.flatMap((m) => {
			const p = basemap.places[m.place];
			return p ? [{ place: m.place, xy: p.xy, r: p.kind === 'province-capital' ? DOT_R.capital : DOT_R.town }] : [];
		}),
		context: context.filter((c) => c.place === CONTEXT_FIRST || labelled.has(`p:${c.place}`)).map((c) => ({ place: c.place, xy: basemap.places[c.place]!.xy, r: CONTEXT_R })),
		labels,
		...(note ? { note } : {}),
		...(scaleBar ? { scaleBar } : {}),
		...(locator ? { locator } : {})
	};
}

const boxOf = (r: Rect): Box => [r.x, r.y, r.x + r.width, r.y + r.height];
