import { describe, expect, test } from 'vitest';
import { barScale, chapterPlace } from '$lib/storyMarks';

// Two chapters: a with two steps, b with one.
const story = { chapters: [{ id: 'a' }, { id: 'b' }], steps: [{ chapter: 'a' }, { chapter: 'a' }, { chapter: 'b' }] };

describe('the chapter bar marks', () => {
	test('a step\'s place is its chapter and how far through the chapter it is', () => {
		expect(chapterPlace(story, 0)).toEqual({ chapter: 0, progress: 0.5 });
		expect(chapterPlace(story, 1)).toEqual({ chapter: 0, progress: 1 });
		expect(chapterPlace(story, 2)).toEqual({ chapter: 1, progress: 1 });
	});

	test('a step the story does not have marks no chapter', () => {
		expect(chapterPlace(story, 3)).toEqual({ chapter: -1, progress: 0 });
		expect(chapterPlace(story, -1)).toEqual({ chapter: -1, progress: 0 });
	});

	test('chapters read are full, the current one at its progress, the rest empty', () => {
		expect([0, 1, 2].map((i) => barScale(i, 1, 0.25))).toEqual([1, 0.25, 0]);
	});
});
