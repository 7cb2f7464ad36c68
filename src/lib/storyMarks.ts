/**
 * The story page's server markup that follows the reader: the chapter bar and the active step. The
 * markup comes from ChapterNav.svelte and StoryText.svelte on the server; the page is not hydrated,
 * so these set what changes, and nothing else.
 */

/** The width of a chapter's bar, 0–1: full for chapters read, `progress` for the current one. */
export const barScale = (i: number, current: number, progress: number): number => (i < current ? 1 : i === current ? progress : 0);

/** Marks chapter `current` (its index) in the chapter bar, `progress` (0–1) of the way through. */
export function showChapter(nav: ParentNode, current: number, progress: number): void {
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

/** Marks the step at `index` (its `data-index`) as the active one. */
export function showStep(steps: ParentNode, index: number): void {
	const i = String(index);
	for (const el of steps.querySelectorAll<HTMLElement>('.step[data-index]')) el.classList.toggle('active', el.dataset.index === i);
}
