/**
 * The palette and the type scale, once, for every output: the page's CSS custom properties are
 * generated from here (`tokensCss`, through the `virtual:picture.css` module), the picture's layout
 * measures text at these sizes, the share cards resolve colours from here, and the contrast and
 * colour-vision tests read these values. Each colour means the same thing in every chapter.
 * This module imports nothing: vite.config.ts loads it to generate the stylesheet.
 */

/** Each colour as [light theme, dark theme]. */
export const PALETTE = {
	paper: ['#fbfaf7', '#141311'],
	land: ['#f3f1ec', '#24221e'],
	'land-focus': ['#e6e1d6', '#302d27'],
	border: ['#d9d5cc', '#45413a'],
	'border-focus': ['#a39d90', '#6d675c'],
	water: ['#e6ecef', '#1a1f22'],
	ink: ['#1d1b17', '#f1eee7'],
	muted: ['#5f5a50', '#b5afa2'],
	dim: ['#6f6a5f', '#a39d90'],
	/** The US and the US-led coalition. */
	us: ['#2f5d8a', '#7ea7d1'],
	/** ISIL and its forerunners. */
	isil: ['#9e2a2b', '#e07a76'],
	/** People displaced: marks. */
	disp: ['#9a640c', '#e0a94a'],
	/** People displaced: text and markers, darker than the marks for 4.5:1. */
	'disp-text': ['#8a5a06', '#e9b75c'],
	neutral: ['#4a463e', '#d3cdc0'],
	/** Rivers: a line lighter than any mark, so it never reads as the US's blue. */
	river: ['#9fbccd', '#3f6275'],
	/** River names, dark enough for 4.5:1 on land. */
	'river-text': ['#3e6275', '#a9c8da'],
	bar: ['#a8a396', '#5e5a51'],
	'wash-us': ['#c9d6e4', '#2b3d52'],
	'wash-isil': ['#e9c9c5', '#4d2a29'],
	'wash-disp': ['#efdcb4', '#4a3b1c'],
	'wash-neutral': ['#d9d3c6', '#3d3a33'],
	/** A figure by governorate, lowest class to highest: one neutral ramp, so no class reads as a side. */
	'seq-0': ['#ece7dc', '#2e2b25'],
	'seq-1': ['#cdc5b4', '#4d483f'],
	'seq-2': ['#a1988a', '#7a7366'],
	'seq-3': ['#6e675b', '#aea695'],
	/** Step cards over the picture on phones. */
	card: ['rgba(255, 255, 255, 0.93)', 'rgba(20, 19, 17, 0.92)']
} as const satisfies Record<string, readonly [string, string]>;

export type ColourName = keyof typeof PALETTE;
export type Theme = 'light' | 'dark';

export const colour = (name: ColourName, theme: Theme = 'light'): string => PALETTE[name][theme === 'light' ? 0 : 1];

/**
 * System font stacks, no web font. Liberation Serif comes first for Linux, where it is the face
 * readers already got: Chromium's generic `serif` there is 'Times New Roman', which fontconfig gives
 * as Liberation Serif (Google Chrome's Debian package requires the fonts). Only a Linux reader who
 * chose another default serif, or installed Charter, sees a change. Named first, it is found in one
 * request to the browser process instead of five: the sandboxed renderer asks for each family of
 * the stack by name, in each weight and style, and Linux has none of Charter, Bitstream Charter,
 * Sitka Text and Cambria. A story load made 20 such requests, 13 in the first frame; now 8, 5 in it
 * (20–43 ms of waiting at 4× CPU, now 6–22, in 6 alternating loads). Android never paid this: its
 * renderer reads fonts itself. Where Liberation Serif is missing (Apple, Windows, Android), the
 * stack goes on as before.
 */
export const FONTS = {
	serif: "'Liberation Serif', Charter, 'Bitstream Charter', 'Sitka Text', Cambria, serif",
	sans: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
} as const;
export type FontName = keyof typeof FONTS;

/**
 * The Arabic edition's system fonts, no web font: Noto Naskh Arabic and Noto Sans Arabic on Android
 * and Linux (Debian's fonts-noto-core), Geeza Pro and Al Nile on iOS and macOS, Segoe UI and Tahoma
 * (both with Arabic letters) on Windows. Latin words inside the Arabic fall through to the stack's end.
 */
export const ARABIC_FONTS = {
	serif: "'Noto Naskh Arabic', 'Al Nile', 'Geeza Pro', 'Segoe UI', Tahoma, serif",
	sans: "'Noto Sans Arabic', 'Geeza Pro', 'Segoe UI', Tahoma, system-ui, sans-serif"
} as const satisfies Record<FontName, string>;

/**
 * The picture's type scale, in pixels at the picture's own scale. Layout measures text at these
 * sizes and renderers write them as `font-size`, so a label's box and its drawing always agree.
 */
export const TYPE = {
	/** Towns and cities the step marks. */
	place: 14,
	/** A marked place's second line (a date or a figure). */
	placeSub: 12,
	/** Shaded governorates, and all governorates on zoomed views. */
	area: 13,
	/** Baghdad and governorate capitals the step does not mark. */
	context: 12,
	/** River names, along the line. */
	river: 12,
	/** The scale bar's length. */
	scale: 12,
	/** The picture's title: what it shows, and when. */
	title: 15,
	/** The map's key. */
	legend: 12,
	/** Country names, in capitals. */
	country: 12,
	/** What an arrow shows. */
	arrow: 12,
	/** A step's note on the map or the chart. */
	note: 14,
	/** The chart's unit, over its left axis. */
	axis: 12,
	/** Axis tick labels. */
	tick: 12,
	/** The troop line's label. */
	series: 13,
	/** The chart's source line. */
	source: 12,
	/** The share card's kicker, title and footer (a 1200×630 image, seen much smaller in a feed). */
	cardKicker: 22,
	cardTitle: 52,
	cardFooter: 22
} as const;
export type TypeRole = keyof typeof TYPE;

/** Lines of text in the picture are this many times their size apart. */
export const LINE_HEIGHT = 1.2;

/**
 * For the pages (not the figures): words in the other edition's language, such as its name in the
 * edition switch, take that edition's fonts. Set in the page's stack, «العربية» made the browser try
 * each of its families for Arabic letters and then search the system for a font that has them: on
 * Linux, five requests to the browser process inside the page's first layout (about 20 ms at 4× CPU,
 * from traces), for one word.
 */
export function otherEditionCss(): string {
	return `:root:lang(en) [lang='ar'] { ${fontVars(ARABIC_FONTS).join(' ')} } :root:lang(ar) [lang='en'] { ${fontVars(FONTS).join(' ')} }`;
}

const fontVars = (stacks: Record<FontName, string>) => Object.entries(stacks).map(([name, stack]) => `--${name}: ${stack};`);

/**
 * The custom properties, for a `:root` rule: each colour as `light-dark(light, dark)`, so the page
 * and the stand-alone figures follow the reader's theme (and an embed's `?theme=`).
 */
export function tokensCss(): string {
	const colours = Object.entries(PALETTE).map(([name, [light, dark]]) => `--${name}: light-dark(${light}, ${dark});`);
	return `:root { ${[...colours, ...fontVars(FONTS)].join(' ')} } :root:lang(ar) { ${fontVars(ARABIC_FONTS).join(' ')} }`;
}
