import type { Story } from '$lib/content/types';
import { stateForStep } from './state';
import type { GraphicState } from './types';
import type { Lang } from '$lib/i18n';

/** Still-figure files come in two widths: phones get the narrow one, drawn for their size, so labels keep their size. */
export const FIGURE_WIDTHS = [360, 640] as const;

/** A still figure's file under `/figures/`: `<step>-<width>.svg`, the Arabic edition's `ar-<step>-<width>.svg`. */
export const figureFile = (stepId: string, width: number, lang: Lang = 'en') => `${lang === 'en' ? '' : `${lang}-`}${stepId}-${width}.svg`;

/** Maps are taller than charts, and narrow figures taller for their width than wide ones. */
export function figureSize(view: 'map' | 'chart', width: number): { width: number; height: number } {
	const aspect = width < 500 ? (view === 'map' ? 0.85 : 0.9) : view === 'map' ? 0.69 : 0.56;
	return { width, height: Math.round(width * aspect) };
}

/**
 * The still figure that stands in for the scrolling graphic where there is none (no JavaScript):
 * one per chapter, the picture at the chapter's last map step (its fullest map), else its last step.
 */
export function chapterFigures(story: Story): Record<string, GraphicState> {
	const out: Record<string, GraphicState> = {};
	for (const c of story.chapters) {
		const indices = story.steps.flatMap((s, i) => (s.chapter === c.id ? [i] : []));
		const maps = indices.filter((i) => story.steps[i]!.view === 'map');
		const pick = maps.at(-1) ?? indices.at(-1);
		if (pick !== undefined) out[c.id] = stateForStep(story, pick);
	}
	return out;
}

export interface PictureGroup {
	/** Indices of consecutive steps, in one chapter, that show the same picture. */
	steps: number[];
	/** That picture, captioned with the last step's alt text. */
	figure: GraphicState;
}

const pictureKey = (g: GraphicState) => JSON.stringify([g.view, g.view === 'map' ? g.map : g.chart]);

/** The reading edition's figures: one per run of steps that share a picture, never across chapters. */
export function pictureGroups(story: Story): PictureGroup[] {
	const groups: PictureGroup[] = [];
	let lastKey = '';
	story.steps.forEach((step, i) => {
		const figure = stateForStep(story, i);
		const key = `${step.chapter} ${pictureKey(figure)}`;
		const last = groups.at(-1);
		if (last && key === lastKey) {
			last.steps.push(i);
			last.figure = figure;
		} else groups.push({ steps: [i], figure });
		lastKey = key;
	});
	return groups;
}
