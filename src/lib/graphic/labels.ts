import { LINE_HEIGHT } from '$lib/tokens';
import type { Box, Point, TextLine } from './types';

export interface LabelRequest {
	id: string;
	/** Anchor point on screen. */
	at: Point;
	/** The label's lines, top first, each at its own size. */
	lines: { text: string; size: number }[];
	/** Lower numbers are placed first and win collisions. */
	priority: number;
	/** Offset from the anchor: markers need room for their dot, area labels none. */
	gap: number;
	/** Centred on one of these points instead, turned to its angle (a river's name along its line). */
	along?: { at: Point; angle: number }[];
	/** A mark that is drawn only if its label is: it must be free too, and is taken with the label. */
	dot?: Box;
	/** Where no spot beside the anchor is free, the label may stand further off, joined by a line. */
	leader?: boolean;
}

export interface PlacedLabel {
	id: string;
	anchor: 'start' | 'middle' | 'end';
	/** Each line with its baseline position. */
	lines: TextLine[];
	box: Box;
	/** A label turned along a line: `rotate(degrees x y)` about its centre. */
	transform?: string;
	/** A line from the anchor to a label that stands off: x1, y1, x2, y2. */
	leader?: [number, number, number, number];
}

/** Positions to a tenth of a pixel: finer is invisible, and would churn the golden files. */
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** Sans-serif advance, in ems, averaged over the place names used: wide enough to avoid collisions. */
const EM = 0.58;
/** A baseline sits this far below the top of its line, in ems. */
const ASCENT = 0.9;

/** Estimated width in pixels of one line of sans-serif text: the page measures nothing while laying out. */
export const textWidth = (text: string, size: number) => text.length * size * EM;

/** Breaks text into lines of at most `width` pixels at `size`, between words. */
export function wrapText(text: string, width: number, size: number): string[] {
	const lines: string[] = [];
	let cur = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = cur ? `${cur} ${word}` : word;
		if (cur && textWidth(next, size) > width) {
			lines.push(cur);
			cur = word;
		} else cur = next;
	}
	if (cur) lines.push(cur);
	return lines;
}

/** Lines of text stacked from `top`, each baseline a line height below the last, all anchored at `x`. */
export function stackLines(lines: readonly { text: string; size: number }[], x: number, top: number): TextLine[] {
	let y = top;
	return lines.map((l, i) => {
		const line: TextLine = { text: l.text, x: round1(x), y: round1(y + l.size * ASCENT), size: l.size, ...(i ? { sub: true } : {}) };
		y += l.size * LINE_HEIGHT;
		return line;
	});
}

const blockHeight = (lines: readonly { size: number }[]) => lines.reduce((h, l) => h + l.size * LINE_HEIGHT, 0);

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels greedily by priority, each at the first of its SPOTS that is free; a label
 * that fits nowhere without overlapping a placed label, a reserved area or the frame is dropped
 * (the lesser label goes; nothing shrinks). `comma` joins a label's lines when they run onto one
 * (the edition's: `، ` in Arabic).
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, reserved: readonly Box[] = [], comma = ', '): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const taken: Box[] = [...reserved];
	for (const req of [...requests].sort((a, b) => a.priority - b.priority)) {
		const tryAt = (spots: readonly Spot[]) => variants(req.lines, comma).reduce<PlacedLabel | null>((found, lines) => found ?? findSpot({ ...req, lines }, frame, taken, spots), null);
		const spot = tryAt(req.gap === 0 ? CENTRED : SPOTS) ?? (req.leader ? tryAt(FAR) : null);
		if (!spot) continue;
		placed.push(spot);
		taken.push(spot.box);
		if (req.dot) taken.push(req.dot);
	}
	return placed;
}

type Lines = LabelRequest['lines'];

/**
 * The shapes a label may take, in order: as asked; a name of several words broken over two lines;
 * a second line run onto the first, which needs less height among crowded places.
 */
function variants(lines: Lines, comma: string): Lines[] {
	const [first, ...rest] = lines;
	if (!first) return [];
	const words = first.text.split(' ');
	const out: Lines[] = [lines];
	if (words.length > 1) out.push([{ text: words.slice(0, -1).join(' '), size: first.size }, { text: words.at(-1)!, size: first.size }, ...rest]);
	if (rest.length) out.push([{ text: [first.text, ...rest.map((l) => l.text)].join(comma), size: first.size }]);
	return out;
}

/**
 * Where a label may sit around a marker, in order of preference: its text anchor, its offset across
 * in gaps, and its offset down (0: centred on the marker; negative: above; positive: below). Beside,
 * then above and below, then the corners, then a line further out, where a crowd leaves no side free.
 */
type Spot = [PlacedLabel['anchor'], number, number];
/** From this many gaps away, a label gets a leader line. */
const STAND_OFF = 2.5;
const SPOTS: Spot[] = [
	['start', 1, 0], ['end', -1, 0], ['middle', 0, -1], ['middle', 0, 1],
	['start', 0.7, -0.7], ['end', -0.7, -0.7], ['start', 0.7, 0.7], ['end', -0.7, 0.7],
	['middle', 0, -2.5], ['middle', 0, 2.5], ['end', 1, -2.5], ['end', 1, 2.5], ['start', -1, -2.5], ['start', -1, 2.5]
];

const CENTRED: Spot[] = [['middle', 0, 0]];
/** Further off, for a label with a leader line: below and above first, then to the sides. */
const FAR: Spot[] = [
	['start', 2.5, 3.5], ['end', -2.5, 3.5], ['start', 2.5, -3.5], ['end', -2.5, -3.5],
	['middle', 0, 4.5], ['middle', 0, -4.5], ['start', 4, 0], ['end', -4, 0]
];

/** The first place around the anchor where the label fits inside the frame and clear of what is taken. */
function findSpot(r: LabelRequest, frame: Box, taken: readonly Box[], spots: readonly Spot[]): PlacedLabel | null {
	const w = Math.max(...r.lines.map((l) => textWidth(l.text, l.size)));
	const h = blockHeight(r.lines);
	const free = (box: Box) =>
		box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3] && !taken.some((t) => overlaps(t, box)) && !(r.dot && taken.some((t) => overlaps(t, r.dot!)));
	if (r.along) {
		for (const { at, angle } of r.along) {
			// The turned label's bounding box.
			const a = (angle * Math.PI) / 180;
			const [c, s] = [Math.abs(Math.cos(a)), Math.abs(Math.sin(a))];
			const [bw, bh] = [w * c + h * s, w * s + h * c];
			const box: Box = [at[0] - bw / 2, at[1] - bh / 2, at[0] + bw / 2, at[1] + bh / 2];
			if (free(box)) return { id: r.id, anchor: 'middle', lines: stackLines(r.lines, at[0], at[1] - h / 2).map((l) => ({ ...l, anchor: 'middle' as const })), box, transform: `rotate(${angle} ${at[0]} ${at[1]})` };
		}
		return null;
	}
	const [ax, ay] = r.at;
	for (const [anchor, across, down] of spots) {
		const x = ax + across * r.gap;
		const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		const y0 = down === 0 ? ay - h / 2 : down < 0 ? ay + down * r.gap - h : ay + down * r.gap;
		const box: Box = [x0, y0, x0 + w, y0 + h];
		if (!free(box) || (r.dot && overlaps(box, r.dot))) continue;
		const placed: PlacedLabel = { id: r.id, anchor, lines: stackLines(r.lines, x, y0).map((l) => ({ ...l, anchor })), box };
		// A label that stands off its place is joined to it, so it is never read as its neighbour's.
		return Math.max(Math.abs(across), Math.abs(down)) >= STAND_OFF ? { ...placed, leader: leaderTo(r.at, box) } : placed;
	}
	return null;
}

/** A leader from just outside the anchor's dot to the nearest point of the label's box. */
function leaderTo([ax, ay]: Point, box: Box): [number, number, number, number] {
	const tx = Math.max(box[0], Math.min(ax, box[2]));
	const ty = Math.max(box[1], Math.min(ay, box[3]));
	const len = Math.hypot(tx - ax, ty - ay) || 1;
	const start = 6 / len;
	return [round1(ax + (tx - ax) * start), round1(ay + (ty - ay) * start), round1(tx), round1(ty)];
}
