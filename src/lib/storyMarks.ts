/**
 * The story page's server markup that follows the reader: the chapter bar and the active step. The
 * markup comes from ChapterNav.svelte and StoryText.svelte on the server; the page is not hydrated,
 * so these set what changes, and nothing else.
 */

/** Where step `index` is: its chapter's index, and how far through that chapter it is, 0–1 (1 on its last step). */
export interface ChapterPlace {
	chapter: number;
	progress: number;
}

export function chapterPlace(story: { chapters: readonly { id: string }[]; steps: readonly { chapter: string }[] }, index: number): ChapterPlace {
	const step = story.steps[index];
	if (!step) return { chapter: -1, progress: 0 };
	const inChapter = story.steps.filter((s) => s.chapter === step.chapter);
	return { chapter: story.chapters.findIndex((c) => c.id === step.chapter), progress: (inChapter.indexOf(step) + 1) / inChapter.length };
}

/** The width of a chapter's bar, 0–1: full for chapters read, `progress` for the current one. */
export const barScale = (i: number, current: number, progress: number): number => (i < current ? 1 : i === current ? progress : 0);

/** Marks the chapter bar at `place`, as ChapterNav.svelte renders it. */
export function showChapter(nav: ParentNode, { chapter: current, progress }: ChapterPlace): void {
	nav.querySelectorAll('li').forEach((li, i) => {
		li.classList.toggle('done', i < current);
		li.classList.toggle('current', i === current);
		const link = li.querySelector('a');
		if (i === current) link?.setAttribute('aria-current', 'step');
		else link?.removeAttribute('aria-current');
		const bar = li.querySelector<HTMLElement>('.bar > span');
		if (bar) bar.style.transform = `scaleX(${barScale(i, current, progress)})`;
	});
}

/** Marks the step at `index` (its `data-index`) as the active one: one step is, from the server on. */
export function showStep(steps: ParentNode, index: number): void {
	const next = steps.querySelector(`.step[data-index="${index}"]`);
	const last = steps.querySelector('.step.active');
	if (next === last) return;
	last?.classList.remove('active');
	next?.classList.add('active');
}
