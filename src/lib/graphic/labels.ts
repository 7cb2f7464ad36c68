import type { Box, Point } from './types';

export interface LabelRequest {
	id: string;
	/** Anchor point on screen. */
	at: Point;
	lines: string[];
	/** Lower numbers are placed first and win collisions. */
	priority: number;
	/** Pixel size of the first line; others are drawn 2 px smaller. */
	size: number;
	/** Offset from the anchor: markers need room for their dot, area labels none. */
	gap: number;
}

export interface PlacedLabel {
	id: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lines: string[];
	size: number;
	box: Box;
}

/** Sans-serif advance, in ems, averaged over the place names used: wide enough to avoid collisions. */
const EM = 0.58;
const LINE = 1.2;

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

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Places labels greedily by priority, trying right, left, above and below each anchor; a label
 * that fits nowhere without overlapping a placed label, a reserved area or the frame is dropped
 * (the lesser label goes; nothing shrinks).
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box, reserved: readonly Box[] = []): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const taken: Box[] = [...reserved];
	for (const r of [...requests].sort((a, b) => a.priority - b.priority)) {
		const w = Math.max(...r.lines.map((l, i) => textWidth(l, r.size - (i ? 2 : 0))));
		const h = r.size * LINE + (r.lines.length - 1) * (r.size - 2) * LINE;
		const [ax, ay] = r.at;
		const g = r.gap;
		const candidates: [PlacedLabel['anchor'], number, number, Box][] =
			g === 0
				? [['middle', ax, ay - h / 2 + r.size * 0.9, [ax - w / 2, ay - h / 2, ax + w / 2, ay + h / 2]]]
				: [
						['start', ax + g, ay - h / 2 + r.size * 0.9, [ax + g, ay - h / 2, ax + g + w, ay + h / 2]],
						['end', ax - g, ay - h / 2 + r.size * 0.9, [ax - g - w, ay - h / 2, ax - g, ay + h / 2]],
						['middle', ax, ay - g - h + r.size * 0.9, [ax - w / 2, ay - g - h, ax + w / 2, ay - g]],
						['middle', ax, ay + g + r.size * 0.9, [ax - w / 2, ay + g, ax + w / 2, ay + g + h]]
					];
		for (const [anchor, x, y, box] of candidates) {
			const inside = box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3];
			if (!inside || taken.some((t) => overlaps(t, box))) continue;
			placed.push({ id: r.id, x, y, anchor, lines: r.lines, size: r.size, box });
			taken.push(box);
			break;
		}
	}
	return placed;
}
