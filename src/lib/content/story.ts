import type { Story } from './types';
import { countWords } from './markup';

/** Minutes to read the story at 200 words a minute, rounded up. */
export const readingMinutes = (story: Story) =>
	Math.max(1, Math.ceil(story.steps.reduce((n, s) => n + countWords(s.plain), 0) / 200));

/** Each source's number: the order in which the story first cites it, from 1. */
export function sourceNumbers(story: Story): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const step of story.steps) for (const id of step.sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
	return numbers;
}
