// The layout stage on the real story: for every step at every size the picture is drawn at, what a
// reader would notice if it broke. Labels never collide, nothing leaves the picture, and the share
// card and the figure files are drawn by the same components with the same tokens.
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import Graphic from '$lib/components/Graphic.svelte';
import ShareCard from '$lib/components/ShareCard.svelte';
import { editions, story } from '$lib/content/site.server';
import { LANGS } from '$lib/i18n';
import { applyCamera, layoutPicture, rememberedLayout, rememberLayoutPart, stateForStep, type Box, type PictureSize } from '$lib/graphic';
import { layoutCard } from '$lib/graphic/cardLayout';
import { basemap, pictureData, pictureDataIn } from '$lib/graphic/data.server';
import { SHAPES_FILE } from '$lib/graphic/shapeId';
import { cardSvg, CARD_NAMES } from '$lib/share/cards.server';
import { figureMarkup, figureStyle } from '$lib/share/figures.server';
import { PALETTE, TYPE, colour, tokensCss } from '$lib/tokens';

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = (a: Box, frame: Box) => a[0] >= frame[0] && a[1] >= frame[1] && a[2] <= frame[2] && a[3] <= frame[3];

const SIZES: PictureSize[] = [
	{ width: 360, height: 306, mode: 'still' },
	{ width: 640, height: 442, mode: 'still' },
	{ width: 390, height: 800, mode: 'overlay' },
	{ width: 768, height: 756, mode: 'stage' }
];

// Both editions: the Arabic names, legend and notes are laid out by the same rules, at their own widths.
describe.each(LANGS.flatMap((lang) => SIZES.map((size) => ({ ...size, lang }))))('every step at $width×$height ($mode), $lang', ({ lang, ...size }) => {
	const { story } = editions[lang];
	const layouts = story.steps.map((_, i) => layoutPicture(stateForStep(story, i), pictureDataIn[lang], size));

	// Notes are on several steps (story.aml): the checks against a note must have notes to check.
	const noted = layouts.flatMap((l) => (l.map.note ? [{ l, note: l.map.note }] : []));

	test('map labels stay inside the map frame, clear of each other and of the note', () => {
		for (const l of layouts) {
			const boxes = l.map.labels.map((x) => x.box);
			for (const [i, b] of boxes.entries()) {
				expect(inside(b, l.map.frame), `${l.stepId}: ${l.map.labels[i]!.id} inside`).toBe(true);
				for (const c of boxes.slice(i + 1)) expect(overlaps(b, c), `${l.stepId}: labels overlap`).toBe(false);
			}
		}
		expect(noted.length).toBeGreaterThanOrEqual(5);
		for (const { l, note } of noted) for (const x of l.map.labels) expect(overlaps(x.box, note.box), `${l.stepId}: ${x.id} over the note`).toBe(false);
	});

	test('every marked place is labelled', () => {
		const maps = layouts.filter((l) => l.view === 'map');
		expect(maps.length).toBeGreaterThan(20);
		for (const l of maps) for (const m of l.map.markers) expect(l.map.labels.map((x) => x.id), l.stepId).toContain(`m:${m.place}`);
	});

	test('Baghdad is drawn whenever it is in view, and every map has a scale bar', () => {
		for (const l of layouts) {
			const [x, y] = applyCamera(l.map.camera, basemap.places.Baghdad!.xy);
			const f = l.map.frame;
			const inView = x > f[0] && x < f[2] && y > f[1] && y < f[3];
			const drawn = [...l.map.markers, ...l.map.context].some((m) => m.place === 'Baghdad');
			expect(drawn, `${l.stepId}: Baghdad`).toBe(inView);
			expect(l.map.scaleBar, l.stepId).toBeDefined();
		}
	});

	test('zoomed views carry a locator, the views of the whole region none', () => {
		const zoomed = layouts.filter((l) => !['iraq-syria', 'iraq'].includes(stateForStep(story, story.steps.findIndex((s) => s.id === l.stepId)).map.camera));
		expect(zoomed.length).toBeGreaterThan(5);
		for (const l of layouts) expect(!!l.map.locator, l.stepId).toBe(zoomed.includes(l));
	});

	test('the note and the chart stay inside the picture', () => {
		for (const { l, note } of noted) expect(inside(note.box, [0, 0, l.width, l.height]), l.stepId).toBe(true);
		for (const l of layouts) {
			const [x0, y0, x1, y1] = l.chart.plot;
			expect(x0 > 0 && y0 > 0 && x1 < l.width && y1 < l.height, `${l.stepId} plot`).toBe(true);
			for (const line of l.chart.source) expect(line.y, `${l.stepId} source`).toBeLessThanOrEqual(l.height);
		}
	});

	test('text is drawn at the type scale’s sizes and every number is finite', () => {
		const sizes = new Set<number>(Object.values(TYPE));
		for (const l of layouts) {
			for (const label of l.map.labels) for (const line of label.lines) expect(sizes.has(line.size), `${l.stepId} ${line.text}`).toBe(true);
			expect(JSON.stringify(l), l.stepId).not.toMatch(/null|NaN|Infinity/);
		}
	});
});

describe('titles and keys', () => {
	const withArrows = stateForStep(story, story.steps.findIndex((s) => s.view === 'map' && s.arrows.length > 0));
	const picture = {
		...withArrows,
		view: 'map' as const,
		map: { ...withArrows.map, title: 'Towns taken by ISIL-led fighters, 10–21 June 2014', highlight: ['Nineveh'], key: 'Held by ISIL, June 2014' }
	};

	test('a title sits at the top, and the map starts below it and the key', () => {
		const l = layoutPicture(picture, pictureData, { width: 360, height: 306, mode: 'still' });
		expect(l.map.title!.map((t) => t.text).join(' ')).toBe('Towns taken by ISIL-led fighters, 10–21 June 2014');
		expect(l.map.title![0]!.y).toBeLessThan(30);
		const keyBottom = l.map.legend!.box[3];
		expect(l.map.frame[1]).toBeGreaterThan(keyBottom);
		expect(l.map.band!.height).toBeGreaterThanOrEqual(keyBottom - 2);
	});

	test('the key names the shading and each kind of arrow shown', () => {
		const l = layoutPicture(picture, pictureData, { width: 640, height: 442, mode: 'still' });
		const kinds = [...new Set(picture.map.arrows.map((a) => a.kind))];
		expect(l.map.legend!.items.map((i) => i.text.text)).toEqual(['Held by ISIL, June 2014', ...kinds.map((k) => ({ us: 'US-led advance', isil: 'ISIL advance', displacement: 'People fleeing', crossing: 'Fighters crossing' })[k])]);
	});

	test('the title is marked for QA in the drawing', () => {
		const svg = figureMarkup(picture, 640);
		expect(svg).toMatch(/<text class="picture-title" data-picture-title="">/);
		expect(svg).toContain('10–21 June 2014');
	});

	test('no title and no colour to explain: no band, no key', () => {
		const plain = { ...picture, map: { ...picture.map, title: '', highlight: [], key: undefined, arrows: [] } };
		const l = layoutPicture(plain, pictureData, { width: 640, height: 442, mode: 'still' });
		expect(l.map.band).toBeUndefined();
		expect(l.map.legend).toBeUndefined();
	});
});

describe('the chart', () => {
	const at = (id: string) => layoutPicture(stateForStep(story, story.steps.findIndex((s) => s.id === id)), pictureData, SIZES[1]!).chart;
	const chartStep = story.steps.find((s) => s.view === 'chart')!;

	test('inks the step’s period and dims the rest', () => {
		const chart = at(chartStep.id);
		if (chartStep.view !== 'chart') throw new Error('no chart step');
		const inPeriod = pictureData.deaths.filter((d) => d.month >= chartStep.from && d.month <= chartStep.to).length;
		expect(inPeriod).toBeGreaterThan(0);
		// Two paths, one rectangle a month: the period's in ink, the rest dimmed.
		const lefts = (d: string) => [...d.matchAll(/M([\d.]+),[\d.]+h[\d.]+v[\d.]+h-[\d.]+Z/g)].map((m) => Number(m[1]));
		const on = lefts(chart.barPaths.on);
		const off = lefts(chart.barPaths.off);
		expect(on).toHaveLength(inPeriod);
		expect(off).toHaveLength(pictureData.deaths.length - inPeriod);
		// The period is one run of months: no dimmed bar between two inked ones.
		expect(off.filter((x) => x > Math.min(...on) && x < Math.max(...on))).toEqual([]);
	});

	test('labels a year per tick, 2003 to 2014 on a wide chart', () => {
		const labels = at(chartStep.id).tickLabels;
		expect(labels.filter((l) => l.anchor === 'middle').map((l) => l.text)).toEqual(['2003', '2004', '2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012', '2013', '2014']);
		expect(labels.filter((l) => l.anchor === 'end').map((l) => l.text)).toEqual(['0', '1,000', '2,000', '3,000', '4,000']);
	});
});

describe('one set of tokens for every output', () => {
	test('the page’s custom properties carry both themes of every colour', () => {
		const css = tokensCss();
		for (const [name, [light, dark]] of Object.entries(PALETTE)) expect(css).toContain(`--${name}: light-dark(${light}, ${dark});`);
	});

	test('figure files carry the same custom properties and draw with them', () => {
		expect(figureStyle()).toContain(tokensCss());
		expect(figureStyle()).toContain('.sea { fill: var(--water); }');
	});

	test('cards write the light colours out, for resvg', () => {
		const svg = cardSvg('story');
		expect(svg).toContain(`.sea { fill: ${colour('water')}; }`);
		expect(svg).toContain(`.card-paper { fill: ${colour('paper')}; }`);
		expect(svg).not.toContain('var(--');
	});
});

describe('share cards', () => {
	const map = stateForStep(story, story.steps.findIndex((s) => s.view === 'map' && s.markers.length > 0 && s.arrows.length > 0)).map;

	test('escape the title, kicker and footer', () => {
		const card = layoutCard({ kicker: 'Iraq & <Syria>', title: 'Mosul <falls> & "ISIL" rises', footer: 'Desk · <b>' }, map, basemap, pictureData.words);
		const { body } = render(ShareCard, { props: { card, head: '' } });
		expect(body).toContain('&lt;falls>');
		expect(body).toContain('IRAQ &amp; &lt;SYRIA>');
		expect(body).toContain('Desk · &lt;b>');
		expect(body).not.toMatch(/<(falls|b|SYRIA)>/);
	});

	test.each(CARD_NAMES)('%s: resvg draws it at 1200×630 with every shape and marker', (name) => {
		const svg = cardSvg(name);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.match(/<use [^>]*class="country/g)?.length).toBe(basemap.countries.length);
		expect(svg.match(/<use [^>]*class="gov /g)?.length).toBe(basemap.governorates.length);
		expect(svg.match(/data-river="[^"]+"/g)).toEqual(['data-river="Tigris"', 'data-river="Euphrates"', 'data-river="Shatt al-Arab"']);
		const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
		expect([image.width, image.height]).toEqual([1200, 630]);
	});
});

describe('figure files', () => {
	test('are the Picture component’s SVG, standing alone', () => {
		const svg = figureMarkup(stateForStep(story, 0), 360, figureStyle());
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="picture still" width="360" height="306"/);
		expect(svg).not.toContain('<!--');
		expect(() => new Resvg(svg, { font: { loadSystemFonts: false } })).not.toThrow();
	});
});

describe('the live graphic on the server (the story page before it runs)', () => {
	// The live graphic as the server writes it, for a page that renders it before it runs.
	const { body } = render(Graphic, {
		props: { picture: stateForStep(story, 0), data: pictureData },
		context: new Map([[SHAPES_FILE, () => '/basemap.svg']])
	});

	test('draws the map on its own layer, at rest: no transform on the layer, the camera on its shapes', () => {
		const layer = /<div class="basemap-layer on"[^>]*><svg ([^>]*)><g class="basemap" transform="([^"]+)">/.exec(body);
		expect(layer, 'the basemap layer, shown, with its shapes').not.toBeNull();
		expect(layer![1]).not.toContain('style');
		expect(layer![2]).toMatch(/^translate\([\d.-]+ [\d.-]+\) scale\([\d.]+\)$/);
	});

	test('writes nothing but markup into its attributes', () => {
		expect(body).not.toMatch(/="[^"]*(function|=>)[^"]*"/);
	});
});

describe('a picture laid out in halves (the live page\'s start-up)', () => {
	test.each(LANGS)('map, then chart, then the whole: the same layout as in one go, the halves reused (%s)', (lang) => {
		const { story } = editions[lang];
		const state = stateForStep(story, 0);
		const size: PictureSize = { width: 390, height: 420, mode: 'band' };
		rememberLayoutPart(state, pictureDataIn[lang], size, 'map');
		rememberLayoutPart(state, pictureDataIn[lang], size, 'chart');
		const halves = rememberedLayout(state, pictureDataIn[lang], size);
		expect(halves).toEqual(layoutPicture(state, pictureDataIn[lang], size));
		expect(rememberedLayout(state, pictureDataIn[lang], size), 'asked again at the same size').toBe(halves);
		const wider = rememberedLayout(state, pictureDataIn[lang], { ...size, width: 768 });
		expect(wider.width, 'another size is laid out afresh').toBe(768);
		expect(wider.map.frame).not.toEqual(halves.map.frame);
	});
});
