import { stateForStep } from '$lib/graphic/state';
import type { GraphicState } from '$lib/graphic/types';
import type { Story } from './types';
import { countWords } from './markup';

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

/** Minutes to read the story at 200 words a minute, rounded up. */
export const readingMinutes = (story: Story) =>
	Math.max(1, Math.ceil(story.steps.reduce((n, s) => n + countWords(s.plain), 0) / 200));

/** Each source's number: the order in which the story first cites it, from 1. */
export function sourceNumbers(story: Story): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const step of story.steps) for (const id of step.sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
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
