import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import Graphic from '$lib/components/Graphic.svelte';
import { story } from '$lib/content/site.server';
import { chapterFigures, pictureGroups } from '$lib/content/story';
import { basemap, deaths, troops } from '$lib/data/load.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';
import type { GraphicState } from '$lib/graphic';
import { FIGURE_WIDTHS, figureSize } from '$lib/graphic/figureSize';

/**
 * Still figures as stand-alone SVG files, for the page without JavaScript and the stacked embed:
 * shown with <img>, they cost nothing until a reader reaches them (and inside <noscript>, nothing
 * at all for readers with JavaScript). Each file carries the basemap shapes and the graphic's
 * styles, dark mode included.
 */
const pictures = new Map<string, GraphicState>();
for (const f of [...pictureGroups(story).map((g) => g.figure), ...Object.values(chapterFigures(story))]) pictures.set(f.stepId, f);

export const FIGURE_FILES = [...pictures.keys()].flatMap((id) => FIGURE_WIDTHS.map((w) => `${id}-${w}.svg`));

/** The stylesheet's colours and the graphic's rules: the `:root` block, then "Graphic" up to "Source marks". */
function graphicCss(): string {
	const css = readFileSync('src/app.css', 'utf8');
	const root = css.slice(0, css.indexOf('* { box-sizing'));
	const body = css.slice(css.indexOf('/* Graphic */'), css.indexOf('/* Source marks */'));
	return (root + body).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
}

export function figureSvg(file: string): string | null {
	const m = /^(.+)-(\d+)\.svg$/.exec(file);
	const picture = m && pictures.get(m[1]!);
	const width = Number(m?.[2]);
	if (!picture || !(FIGURE_WIDTHS as readonly number[]).includes(width)) return null;
	const { height } = figureSize(picture.view, width);
	const { body } = render(Graphic, { props: { picture, basemap, deaths, troops, still: true, initialWidth: width, initialHeight: height, uid: `f${width}` } });
	const svg = /<svg[\s\S]*<\/svg>/.exec(body)?.[0];
	if (!svg) return null;
	const defs = basemapDefs(basemap);
	// Inside an <img> the SVG is a document of its own: it needs the namespace, its shapes and its styles.
	return svg
		.replace('<svg ', `<svg xmlns="http://www.w3.org/2000/svg" class="graphic still" data-view="${picture.view}" `)
		.replace(/(<svg[^>]*>)/, `$1<style>${graphicCss()} svg.graphic { font-family: system-ui, sans-serif; } svg.graphic[data-view='map'] { background: var(--water); }</style>${defs}`)
		.replace(/<!--[\s\S]*?-->/g, '');
}
