import { describe, expect, test } from 'vitest';
import { applyCamera, cameraMove, fitCamera, interpolateCamera, sameCamera } from '$lib/graphic/camera';
import { layoutArrows, layoutNote } from '$lib/graphic/mapLayout';
import { pictureFrame } from '$lib/graphic/layout';
import { layoutLocator, layoutScaleBar, riverSpots } from '$lib/graphic/orientation';
import { placeLabels, textWidth, wrapText, type LabelRequest } from '$lib/graphic/labels';
import { activeIndex } from '$lib/scroll/scroller';
import { toHtml, toPlain, countWords } from '$lib/content/markup';
import { locate } from '$lib/content/locate';
import type { Basemap, Box } from '$lib/graphic/types';
import { pictureWords } from '$lib/graphic/words';

const EN = pictureWords('en', []);

describe('fitCamera', () => {
	test.each([
		{ name: 'a wide box in a square', box: [0, 0, 200, 100] as Box, extent: [0, 0, 100, 100] as Box, k: 0.5 },
		{ name: 'a tall box in a wide frame', box: [10, 10, 20, 30] as Box, extent: [0, 0, 400, 100] as Box, k: 5 }
	])('fits $name and centres it', ({ box, extent, k }) => {
		const c = fitCamera(box, extent);
		expect(c.k).toBeCloseTo(k);
		const [cx, cy] = applyCamera(c, [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
		expect(cx).toBeCloseTo((extent[0] + extent[2]) / 2);
		expect(cy).toBeCloseTo((extent[1] + extent[3]) / 2);
	});

	test('interpolates from one camera to the other', () => {
		const a = fitCamera([0, 0, 100, 100], [0, 0, 100, 100]);
		const b = fitCamera([40, 40, 60, 60], [0, 0, 100, 100]);
		const f = interpolateCamera(a, b, [50, 50]);
		expect(f(0)).toEqual(a);
		expect(f(1).k).toBeCloseTo(b.k);
		expect(f(1).x).toBeCloseTo(b.x);
		expect(f(0.5).k).toBeCloseTo(Math.sqrt(a.k * b.k));
	});

	test('keeps the map above the cards on phones and uses the stage on desktops', () => {
		expect(pictureFrame({ width: 390, height: 800, mode: 'overlay' })[3]).toBeLessThan(800 * 0.6);
		expect(pictureFrame({ width: 768, height: 756, mode: 'stage' })).toEqual([32, 32, 736, 688]);
		expect(pictureFrame({ width: 360, height: 306, mode: 'still' })).toEqual([12, 12, 348, 294]);
	});
});

describe('placeLabels', () => {
	const frame: Box = [0, 0, 400, 300];
	const req = (id: string, x: number, y: number, priority: number): LabelRequest => ({ id, at: [x, y], lines: [{ text: id, size: 14 }], priority, gap: 8 });

	test('places a lone label to the right of its point', () => {
		const [l] = placeLabels([req('Mosul', 100, 100, 0)], frame);
		expect(l).toMatchObject({ id: 'Mosul', anchor: 'start' });
		expect(l!.box[0]).toBeGreaterThan(100);
	});

	test('moves a label that would collide, and never overlaps two', () => {
		const labels = placeLabels([req('Baiji', 100, 100, 0), req('Tikrit', 104, 104, 1)], frame);
		expect(labels).toHaveLength(2);
		const [a, b] = labels.map((l) => l.box);
		expect(a![0] < b![2] && b![0] < a![2] && a![1] < b![3] && b![1] < a![3]).toBe(false);
	});

	test('drops the lesser label when there is no room, rather than shrinking it', () => {
		const crowd = Array.from({ length: 12 }, (_, i) => req(`Place${i}`, 60, 20, i));
		const labels = placeLabels(crowd, [0, 0, 160, 60]);
		expect(labels.length).toBeLessThan(12);
		expect(labels[0]!.id).toBe('Place0');
		expect(new Set(labels.flatMap((l) => l.lines.map((line) => line.size)))).toEqual(new Set([14]));
	});

	test('keeps labels inside the frame and out of reserved boxes', () => {
		expect(placeLabels([req('Edge', 395, 150, 0)], frame)[0]!.anchor).toBe('end');
		expect(placeLabels([req('Hidden', 100, 100, 0)], frame, [[0, 0, 400, 300]])).toEqual([]);
	});
});

describe('activeIndex', () => {
	test.each([
		{ name: 'before the first step', tops: [500, 1500, 2500], y: 400, expected: 0 },
		{ name: 'the step across the line', tops: [-900, 100, 1100], y: 400, expected: 1 },
		{ name: 'the last step after a flick to the bottom', tops: [-5000, -4000, -300], y: 400, expected: 2 }
	])('finds $name', ({ tops, y, expected }) => expect(activeIndex(tops, y)).toBe(expected));
});

describe('markup', () => {
	test.each([
		{ name: 'paragraphs', input: 'One.\n\nTwo.', html: '<p>One.</p><p>Two.</p>' },
		{ name: 'links', input: 'See [IOM](https://iom.int).', html: '<p>See <a href="https://iom.int">IOM</a>.</p>' },
		{ name: 'emphasis', input: '*about* **500,000**', html: '<p><em>about</em> <strong>500,000</strong></p>' },
		{ name: 'HTML, escaped', input: '<script>alert(1)</script>', html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>' },
		{ name: 'javascript links, left as text', input: '[x](javascript:alert(1))', html: '<p>[x](javascript:alert(1))</p>' }
	])('renders $name', ({ input, html }) => expect(toHtml(input)).toBe(html));

	test('counts words of the plain text', () => {
		expect(toPlain('See [the IOM report](https://iom.int), *now*.')).toBe('See the IOM report, now.');
		expect(countWords('About 500,000 people — in June.')).toBe(5);
	});
});

describe('locate', () => {
	const src = 'title: x\n[steps]\nid: a\nview: map\n[.arrows]\nkind: us\npath: A\nkind: isil\npath: B\n[]\nid: b\nview: chart\n[]\n{credits}\ndata: d\nchart: c\n{}\nshort: s\n';
	test.each([
		{ path: ['title'], line: 1 },
		{ path: ['steps', 1, 'view'], line: 12 },
		{ path: ['steps', 0, 'arrows', 1, 'path'], line: 9 },
		{ path: ['steps', 5, 'view'], line: 2 },
		{ path: ['steps'], line: 2 },
		{ path: ['credits'], line: 14 },
		{ path: ['credits', 'chart'], line: 16 },
		// A key missing from the block is reported at the block, not at a key of that name outside it.
		{ path: ['credits', 'short'], line: 14 },
		{ path: ['sources'], line: 1 }
	])('finds $path on line $line', ({ path, line }) => expect(locate(src, path)).toBe(line));
});

describe('layoutNote', () => {
	const frame: Box = [12, 12, 378, 470];
	test('puts the note above the map where cards cover the lower screen', () => {
		const { note, mapFrame } = layoutNote('About 500,000 displaced in and around Mosul (IOM)', frame, 'top');
		expect(note!.box[1]).toBe(frame[1]);
		expect(mapFrame[1]).toBeGreaterThan(note!.box[3]);
		expect(note!.lines.length).toBeGreaterThan(1);
	});
	test('puts it in the bottom corner beside the text column, leaving the map its frame', () => {
		const { note, mapFrame } = layoutNote('A short note', frame, 'corner');
		expect(note!.box[3]).toBe(frame[3]);
		expect(mapFrame).toEqual(frame);
	});
	test('leaves the frame alone when there is no note', () => {
		expect(layoutNote(undefined, frame, 'top')).toEqual({ mapFrame: frame });
	});
});

describe('wrapText', () => {
	test('breaks between words within the width and keeps every word', () => {
		const text = 'Source: Iraq Body Count (documented civilian deaths; snapshots of March 2012 and January 2015).';
		const lines = wrapText(text, 200, 11);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(200);
		expect(lines.join(' ')).toBe(text);
	});
});

describe('sameCamera', () => {
	test('tells a camera that has not moved from one that has', () => {
		expect(sameCamera({ k: 2, x: 10, y: 10 }, { k: 2, x: 10.001, y: 10 })).toBe(true);
		expect(sameCamera({ k: 2, x: 10, y: 10 }, { k: 2.1, x: 10, y: 10 })).toBe(false);
	});
});

describe('cameraMove', () => {
	// Shapes drawn for one camera, moved by cameraMove, land where the other camera draws them.
	test('takes a point drawn for one camera to where the other draws it', () => {
		const from = { k: 2, x: -40, y: 15 };
		const to = { k: 5, x: -310, y: -120 };
		const m = cameraMove(from, to);
		for (const p of [[0, 0], [30, 70], [123.4, 5.6]] as [number, number][]) {
			const [sx, sy] = applyCamera(from, p);
			const [tx, ty] = applyCamera(to, p);
			expect(sx * m.scale + m.x).toBeCloseTo(tx, 9);
			expect(sy * m.scale + m.y).toBeCloseTo(ty, 9);
		}
		// By hand: 5 / 2 = 2.5; −310 − 2.5 × (−40) = −210; −120 − 2.5 × 15 = −157.5.
		expect(m).toEqual({ scale: 2.5, x: -210, y: -157.5 });
	});

	test('is no move at all between a camera and itself', () => {
		expect(cameraMove({ k: 3, x: 7, y: -2 }, { k: 3, x: 7, y: -2 })).toEqual({ scale: 1, x: 0, y: 0 });
	});
});

describe('layoutArrows', () => {
	const basemap = {
		width: 100, height: 100, countries: [], governorates: [], countryLabels: [], rivers: [], kmPerUnit: 1,
		cameras: {} as Basemap['cameras'],
		places: { A: { kind: 'city', xy: [0, 0] as [number, number] }, B: { kind: 'city', xy: [100, 0] as [number, number] }, C: { kind: 'city', xy: [100, 100] as [number, number] } }
	} satisfies Basemap;
	const camera = { k: 1, x: 0, y: 0 };
	test('trims the ends clear of the dots and labels the arrow in words', () => {
		const [a] = layoutArrows(basemap, [{ kind: 'isil', path: ['A', 'B', 'C'], label: 'approximate' }], camera, EN);
		expect(a!.d.startsWith('M7,0')).toBe(true);
		expect(a!.label).toBe('ISIL advance (approximate)');
	});
	test('drops an arrow whose places are unknown', () => {
		expect(layoutArrows(basemap, [{ kind: 'us', path: ['A', 'Atlantis'] }], camera, EN)).toEqual([]);
	});
});

describe('orientation', () => {
	const basemap = {
		width: 1000, height: 800, countries: [], governorates: [], countryLabels: [], rivers: [], places: {},
		kmPerUnit: 2,
		cameras: { iraq: [0, 0, 400, 400] } as unknown as Basemap['cameras']
	} satisfies Basemap;

	test.each([
		{ k: 1, km: 100, width: 50 },
		{ k: 4, km: 25, width: 50 },
		{ k: 0.3, km: 500, width: 75 }
	])('a scale bar at zoom $k shows $km km as $width px', ({ k, km, width }) => {
		const bar = layoutScaleBar(basemap, { k, x: 0, y: 0 }, [0, 0, 300, 200], 11)!;
		expect(bar.label).toBe(`${km} km`);
		expect(bar.width).toBe(width);
		expect(bar.x + bar.width).toBeLessThanOrEqual(300);
	});

	test('the locator draws the main view inside its box, in the frame’s top-right corner', () => {
		// The main map shows reference [100, 100]–[200, 200] in a 300×300 frame.
		const loc = layoutLocator(basemap, { k: 3, x: -300, y: -300 }, [0, 0, 300, 300]);
		expect(loc.box.x + loc.box.width).toBeLessThanOrEqual(300);
		expect(loc.box.y).toBeGreaterThanOrEqual(0);
		expect(loc.view.width).toBeCloseTo(loc.box.width * 0.25 - 1.5, 0);
		expect(loc.view.x).toBeGreaterThan(loc.box.x);
		expect(loc.view.x + loc.view.width).toBeLessThan(loc.box.x + loc.box.width);
	});

	test('a river’s name sits along the longest visible run, never upside down', () => {
		const line: [number, number][] = [[0, 100], [100, 100], [200, 100], [300, 100]];
		const leftward = [...line].reverse();
		// In view: 200 → 0 (300 is outside), so the name is centred at 100, and reads left to right.
		const spots = riverSpots([leftward], { k: 1, x: 0, y: 0 }, [-10, 0, 250, 200], 40);
		expect(spots[0]).toEqual({ at: [100, 100], angle: 0 });
		expect(riverSpots([line], { k: 1, x: 0, y: 0 }, [0, 0, 50, 200], 40)).toEqual([]);
	});

	test('a label pushed off its place is joined to it by a leader', () => {
		// A reserved box around the point leaves only the far spots.
		const [l] = placeLabels([{ id: 'm', at: [100, 100], lines: [{ text: 'Place', size: 14 }], priority: 0, gap: 8, leader: true }], [0, 0, 400, 300], [[80, 80, 125, 125]]);
		expect(l!.leader).toBeDefined();
		const [x1, y1] = l!.leader!;
		expect(Math.hypot(x1 - 100, y1 - 100)).toBeCloseTo(6, 0);
	});
});
