import { render } from 'svelte/server';
import Picture from '$lib/components/Picture.svelte';
import { editions, story } from '$lib/content/site.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';
import { pictureData, pictureDataIn } from '$lib/graphic/data.server';
import { FIGURE_WIDTHS, chapterFigures, figureFile, figureSize, pictureGroups } from '$lib/graphic/figures';
import { LANGS, type Lang } from '$lib/i18n';
import { layoutPicture, type GraphicState, type PictureData } from '$lib/graphic';
import { cssVar, pictureCss } from '$lib/graphic/style';
import { tokensCss } from '$lib/tokens';
import { withoutMarkers } from '$lib/html';

/**
 * Still figures as stand-alone SVG files, for the page without JavaScript and the stacked embed:
 * shown with <img>, they cost nothing until a reader reaches them (and inside <noscript>, nothing
 * at all for readers with JavaScript). Each file carries the basemap shapes and the picture's
 * stylesheet, dark theme included, and is drawn by the same Picture component as the live graphic.
 */
const figuresOf = (s: typeof story) => {
	const pictures = new Map<string, GraphicState>();
	for (const f of [...pictureGroups(s).map((g) => g.figure), ...Object.values(chapterFigures(s))]) pictures.set(f.stepId, f);
	return pictures;
};
const pictures = Object.fromEntries(LANGS.map((lang) => [lang, figuresOf(editions[lang].story)])) as Record<Lang, Map<string, GraphicState>>;

/** Every figure file of every edition, by its name. */
const files = new Map(LANGS.flatMap((lang) => [...pictures[lang].values()].flatMap((p) => FIGURE_WIDTHS.map((w) => [figureFile(p.stepId, w, lang), { lang, picture: p, width: w }] as const))));

export const FIGURE_FILES = [...files.keys()];

/** A figure file's stylesheet: the tokens as custom properties, then the picture's rules. */
export const figureStyle = () => `<style>${tokensCss()} ${pictureCss(cssVar)}</style>`;

/** The picture for a state at a figure width, as SVG markup; `head` goes first inside it. */
export function figureMarkup(state: GraphicState, width: number, head = '', data: PictureData = pictureData): string {
	const layout = layoutPicture(state, data, { ...figureSize(state.view, width), mode: 'still' });
	const { body } = render(Picture, { props: { layout, shapes: '', still: true, head } });
	return standalone(body);
}

/** Svelte's server markup as a file: no hydration markers (it never hydrates), empty elements closed in place. */
export const standalone = (body: string) => withoutMarkers(body).replace(/<(\w+)([^<>]*)><\/\1>/g, '<$1$2/>');

/** `/figures/<step>-<width>.svg` (`ar-<step>-<width>.svg` in Arabic), or null for a name that is not one. */
export function figureSvg(file: string): string | null {
	const f = files.get(file);
	if (!f) return null;
	return figureMarkup(f.picture, f.width, figureStyle() + basemapDefs(pictureData.basemap), pictureDataIn[f.lang]);
}
