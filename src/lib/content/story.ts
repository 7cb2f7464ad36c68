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
