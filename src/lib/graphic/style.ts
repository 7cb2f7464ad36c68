import type { ColourName, FontName } from '../tokens.ts';

/** How a stylesheet names a token: `var(--ink)` on the page, a literal colour where there are no custom properties (resvg). */
export type TokenRef = (name: ColourName | FontName) => string;

export const cssVar: TokenRef = (name) => `var(--${name})`;

/**
 * The picture's stylesheet, one set of rules for every output: the page (through
 * `virtual:picture.css`), the stand-alone figure files and the share cards. Sizes and positions are
 * not here: the layout writes them as attributes. Only the selectors resvg understands are used
 * (classes, descendants), and transitions are for the live page, where they are harmless elsewhere.
 */
export const cardCss = (t: TokenRef): string =>
	`.card-paper { fill: ${t('paper')}; } .card-kicker { font-family: ${t('sans')}; letter-spacing: 2px; fill: ${t('muted')}; } ` +
	`.card-title { font-family: ${t('serif')}; font-weight: 700; fill: ${t('ink')}; } .card-footer { font-family: ${t('sans')}; fill: ${t('muted')}; }`;

// `direction: ltr`: the layout's positions are physical, also in the Arabic edition, whose lines carry
// their own direction (`isolated` in words.ts).
export function pictureCss(t: TokenRef): string {
	return `
.picture { font-family: ${t('sans')}; direction: ltr; }
.picture .view { opacity: 0; visibility: hidden; transition: opacity 500ms ease, visibility 0s linear 500ms; }
.picture .view.on { opacity: 1; visibility: visible; transition: opacity 500ms ease; }
.picture.still .view { transition: none; }
.sea { fill: ${t('water')}; }
.country { fill: ${t('land')}; stroke: ${t('border')}; stroke-width: 0.8; }
.country.focus { fill: ${t('land-focus')}; }
.gov { fill: transparent; stroke: ${t('border')}; stroke-width: 0.6; }
.gov.hl.tone-us { fill: ${t('wash-us')}; }
.gov.hl.tone-isil { fill: ${t('wash-isil')}; }
.gov.hl.tone-displacement { fill: ${t('wash-disp')}; }
.gov.hl.tone-neutral { fill: ${t('wash-neutral')}; }
.river { fill: none; stroke: ${t('river')}; stroke-width: 1.6; stroke-linejoin: round; }
.border { fill: none; stroke: ${t('border-focus')}; stroke-width: 1.4; }
.marker { stroke: ${t('paper')}; stroke-width: 1.5; fill: ${t('neutral')}; }
.marker.tone-us { fill: ${t('us')}; }
.marker.tone-isil { fill: ${t('isil')}; }
.marker.tone-displacement { fill: ${t('disp-text')}; }
.arrow { fill: none; stroke-width: 3; stroke-linecap: round; }
.arrow.us { stroke: ${t('us')}; }
.arrow.isil, .arrow.crossing { stroke: ${t('isil')}; }
.arrow.displacement { stroke: ${t('disp')}; }
.arrow.crossing { stroke-dasharray: 6 4; }
.head.us { fill: ${t('us')}; }
.head.isil, .head.crossing { fill: ${t('isil')}; }
.head.displacement { fill: ${t('disp')}; }
.overlay, .dots, .labels, .note-box { opacity: 0; }
.overlay.settled, .dots.settled, .labels.settled, .note-box.settled { opacity: 1; }
.label { fill: ${t('ink')}; paint-order: stroke; stroke: ${t('land')}; stroke-width: 3px; stroke-linejoin: round; font-weight: 600; }
.label .sub { font-weight: 400; fill: ${t('muted')}; }
.labels .leader { stroke: ${t('ink')}; stroke-width: 1; }
.label.kind-g { font-style: italic; font-weight: 400; fill: ${t('muted')}; }
.label.kind-c { font-weight: 400; letter-spacing: 0.12em; fill: ${t('muted')}; }
.label.kind-a { font-weight: 400; fill: ${t('muted')}; }
.label.kind-p { font-weight: 400; fill: ${t('ink')}; }
.label.kind-r { font-style: italic; font-weight: 400; fill: ${t('river-text')}; letter-spacing: 0.04em; }
.context { fill: ${t('paper')}; stroke: ${t('neutral')}; stroke-width: 1.5; }
.scale-bar path { fill: none; stroke: ${t('ink')}; stroke-width: 1.2; }
.scale-bar text { fill: ${t('ink')}; paint-order: stroke; stroke: ${t('land')}; stroke-width: 3px; }
.locator-box { fill: ${t('paper')}; stroke: ${t('border-focus')}; stroke-width: 1; }
.locator-land { fill: ${t('land-focus')}; stroke: ${t('border-focus')}; stroke-width: 1; }
.locator-view { fill: none; stroke: ${t('ink')}; stroke-width: 1.5; }
.band { fill: ${t('paper')}; stroke: ${t('border')}; stroke-width: 1; }
.picture-title { font-weight: 700; fill: ${t('ink')}; }
.legend-text { fill: ${t('ink')}; }
.swatch { stroke: ${t('border-focus')}; stroke-width: 1; }
.swatch.tone-us { fill: ${t('wash-us')}; }
.swatch.tone-isil { fill: ${t('wash-isil')}; }
.swatch.tone-displacement { fill: ${t('wash-disp')}; }
.swatch.tone-neutral { fill: ${t('wash-neutral')}; }
.gov.bin-0, .swatch.bin-0 { fill: ${t('seq-0')}; }
.gov.bin-1, .swatch.bin-1 { fill: ${t('seq-1')}; }
.gov.bin-2, .swatch.bin-2 { fill: ${t('seq-2')}; }
.gov.bin-3, .swatch.bin-3 { fill: ${t('seq-3')}; }
.gov.unknown, .swatch.unknown { fill: ${t('paper')}; }
.note-box rect { fill: ${t('paper')}; stroke: ${t('border-focus')}; }
.note-box text { fill: ${t('ink')}; }
.chart text { font-variant-numeric: tabular-nums; }
.chart .axis-title { fill: ${t('muted')}; }
.chart .tick { fill: ${t('muted')}; }
.chart .troop-tick { fill: ${t('us')}; }
.chart .grid { fill: none; stroke: ${t('border')}; stroke-width: 1; }
.chart .year-tick { fill: none; stroke: ${t('muted')}; }
.chart .bar { fill: ${t('bar')}; opacity: 0.55; }
.chart .bar.on { fill: ${t('ink')}; opacity: 1; }
.chart .troops { opacity: 0; }
.chart .troops.shown { opacity: 1; }
.chart .troop-line { fill: none; stroke: ${t('us')}; stroke-width: 2.5; }
.chart .troop-label { fill: ${t('us')}; font-weight: 600; paint-order: stroke; stroke: ${t('paper')}; stroke-width: 3px; }
.chart .troop-label .sub { font-weight: 400; }
.chart .note { fill: ${t('ink')}; paint-order: stroke; stroke: ${t('paper')}; stroke-width: 3px; }
.chart .leader { fill: none; stroke: ${t('ink')}; stroke-width: 1; }
.chart .source { fill: ${t('muted')}; }
.picture.rtl .label, .picture.rtl .card-kicker { letter-spacing: 0; }
`
		.trim()
		.replace(/\n/g, ' ');
}
