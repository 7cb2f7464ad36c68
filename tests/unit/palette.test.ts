// The palette as readers see it: text on the map and chart meets WCAG AA against what is behind it,
// marks meet the 3:1 non-text contrast, and the three meanings (US, ISIL, displacement) stay apart
// for readers with the common colour-vision deficiencies, in both themes.
import { describe, expect, test } from 'vitest';
import { PALETTE, colour, type ColourName } from '$lib/tokens';

type RGB = [number, number, number];

const hex = (h: string): RGB => {
	const s = h.replace('#', '');
	const full = s.length === 3 ? [...s].map((c) => c + c).join('') : s;
	return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as RGB;
};
/** An rgba() colour composited over an opaque one. */
const over = (rgba: string, below: string): RGB => {
	const [r, g, b, a] = /^rgba\(([^)]+)\)$/.exec(rgba)![1]!.split(',').map(Number) as [number, number, number, number];
	const under = hex(below);
	return [r, g, b].map((c, i) => Math.round(a * c + (1 - a) * under[i]!)) as RGB;
};
const toHex = (c: RGB) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const lin = (c: number) => {
	const v = c / 255;
	return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGB) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
const contrast = (a: string, b: string) => {
	const [x, y] = [luminance(hex(a)), luminance(hex(b))].sort((p, q) => q - p);
	return (x! + 0.05) / (y! + 0.05);
};

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied in linear RGB.
const CVD: Record<string, number[][]> = {
	protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
	deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
	tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]]
};
const simulate = (c: RGB, m: number[][]): number[] => {
	const l = c.map(lin);
	return m.map((row) => Math.min(1, Math.max(0, row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)));
};
/** CIE L*a*b* from linear RGB (D65). */
const lab = ([r, g, b]: number[]) => {
	const X = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
	const Y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	const Z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27) * t / 116 + 16 / 116);
	return [116 * f(Y) - 16, 500 * (f(X) - f(Y)), 200 * (f(Y) - f(Z))];
};
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

for (const scheme of ['light', 'dark'] as const) {
	const p = Object.fromEntries(Object.keys(PALETTE).map((name) => [name, colour(name as ColourName, scheme)])) as Record<string, string>;

	describe(`${scheme} theme`, () => {
		test('every colour the graphic uses is in the palette', () => {
			for (const name of ['paper', 'land', 'land-focus', 'water', 'ink', 'muted', 'us', 'isil', 'disp', 'disp-text', 'neutral', 'wash-us', 'wash-isil', 'wash-disp', 'wash-neutral'])
				expect(p[name], name).toMatch(/^#[0-9a-f]{6}$/i);
		});

		// Labels sit on a halo of --land (map) or --paper (chart, note box), so that is what they are read against.
		test.each([
			['ink', 'land'],
			['muted', 'land'],
			['ink', 'land-focus'],
			['muted', 'land-focus'],
			['ink', 'paper'],
			['muted', 'paper'],
			['dim', 'paper'],
			['us', 'paper'],
			['disp-text', 'paper'],
			['river-text', 'land'],
			['river-text', 'land-focus']
		])('text in --%s on --%s meets 4.5:1', (fg, bg) => {
			expect(contrast(p[fg]!, p[bg]!)).toBeGreaterThanOrEqual(4.5);
		});

		// Markers and arrows are drawn on land, water and the washes of highlighted provinces.
		test.each(['us', 'isil', 'disp', 'neutral'].flatMap((mark) => ['land', 'land-focus', 'water', 'wash-us', 'wash-isil', 'wash-disp', 'wash-neutral'].map((bg) => [mark, bg])))(
			'mark in --%s on --%s meets 3:1',
			(mark, bg) => {
				expect(contrast(p[mark]!, p[bg]!)).toBeGreaterThanOrEqual(3);
			}
		);

		// The pages' own text (app.css): every colour pair it writes. With these, the dark theme, which
		// changes only these colours, needs no axe run of its own on the plain pages (tests/e2e/a11y.spec.ts).
		test.each([
			['paper', 'ink'], // the skip link, the timeline's current chapter
			['ink', 'wash-disp'], // a source, term or event opened by its link (:target)
			['muted', 'wash-disp']
		])('page text in --%s on --%s meets 4.5:1', (fg, bg) => {
			expect(contrast(p[fg]!, p[bg]!)).toBeGreaterThanOrEqual(4.5);
		});

		// Step cards are translucent, over the picture on phones: whatever is under them, their text reads.
		test.each(['ink', 'muted', 'dim'])('text in --%s on a card over any colour of the picture meets 4.5:1', (fg) => {
			const card = colour('card', scheme);
			for (const below of Object.keys(PALETTE).filter((n) => n !== 'card'))
				expect(contrast(p[fg]!, toHex(over(card, p[below]!))), `over --${below}`).toBeGreaterThanOrEqual(4.5);
		});

		test.each(['normal', ...Object.keys(CVD)])('US, ISIL and displacement stay distinguishable (%s vision)', (kind) => {
			const see = (name: string) => lab(kind === 'normal' ? hex(p[name]!).map(lin) : simulate(hex(p[name]!), CVD[kind]!));
			const marks = ['us', 'isil', 'disp'];
			for (const [i, a] of marks.entries())
				for (const b of marks.slice(i + 1)) expect(deltaE(see(a), see(b)), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
		});
	});
}
