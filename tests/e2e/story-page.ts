// Conditions to wait for on the story page instead of fixed sleeps: each helper returns as soon as
// the page is in the state it names, however busy the machine is.
import { expect, type Locator, type Page } from '@playwright/test';

export const graphic = (page: Page) => page.locator('[data-graphic]').first();

/** Waits until the page's script has started (`data-ready`: the root layout's onMount, or on the story page $lib/story/live.svelte). */
export const hydrated = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

/** The active step, and the step whose card has crossed the trigger line, as a reader sees it. */
function storyState(page: Page) {
	return page.evaluate(() => {
		const trigger = Number(getComputedStyle(document.querySelector('.scrolly-steps')!).getPropertyValue('--trigger')) * innerHeight;
		let atLine = '';
		for (const el of document.querySelectorAll<HTMLElement>('[data-step]')) if (el.getBoundingClientRect().top <= trigger + 1) atLine = el.id;
		atLine ||= document.querySelector('[data-step]')!.id;
		return { y: scrollY, active: document.querySelector('[data-graphic]')?.getAttribute('data-active-step') ?? null, atLine };
	});
}

/**
 * The page at rest after a scroll: waits until scrolling has stopped, then runs the page's clock past
 * the moment the page re-reads the steps' positions (120 ms after the last scroll event), so the check
 * that follows sees the final picture, not one a late correction is about to replace. Needs
 * `page.clock.install()` before the page loads. Returns the active step and the step at the line.
 */
export async function atRest(page: Page) {
	await scrollStopped(page);
	await page.clock.runFor(1000);
	return storyState(page);
}

/** Waits until the window's scroll position stops changing (two samples 50 ms apart). */
export async function scrollStopped(page: Page) {
	let last = NaN;
	await expect
		.poll(
			async () => {
				const y = await page.evaluate(() => scrollY);
				const still = y === last;
				last = y;
				return still;
			},
			{ intervals: [50] }
		)
		.toBe(true);
}

/** One turn of the wheel that brings this step's top just past the trigger line. */
export async function wheelToStep(page: Page, id: string) {
	await scrollStopped(page);
	const dy = await page.evaluate((id) => {
		const trigger = Number(getComputedStyle(document.querySelector('.scrolly-steps')!).getPropertyValue('--trigger')) * innerHeight;
		return document.getElementById(id)!.getBoundingClientRect().top - trigger + 24;
	}, id);
	await page.mouse.wheel(0, dy);
}

/** From now on, records whether the map's labels hide (lose `settled`), as they do while the camera flies; `labelsHid` reads it. */
export const watchLabels = (labels: Locator) =>
	labels.evaluate((el) => {
		const w = window as unknown as { hidLabels: boolean };
		w.hidLabels = false;
		new MutationObserver(() => {
			if (!el.classList.contains('settled')) w.hidLabels = true;
		}).observe(el, { attributes: true, attributeFilter: ['class'] });
	});
export const labelsHid = (page: Page) => page.evaluate(() => (window as unknown as { hidLabels: boolean }).hidLabels);

/** Waits for `n` frames to be drawn in the page: what a tween or a transition would need to show. */
export const frames = (page: Page, n = 2) =>
	page.evaluate((n) => new Promise<void>((done) => {
		const tick = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => tick(left - 1)));
		tick(n);
	}), n);

/** Waits until no CSS transition or animation is running in the page (labels fading in, cards dimming). */
export const stillAnimations = (page: Page) =>
	expect
		.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').map((a) => (a as CSSTransition).transitionProperty ?? a.id)), {
			message: 'CSS transitions and animations have finished'
		})
		.toEqual([]);

/** Records every text the live region speaks, as a screen reader would hear it. */
export async function listenToAnnouncer(page: Page) {
	await page.locator('[data-announcer]').evaluate((el) => {
		const w = window as unknown as { said: string[] };
		w.said = [];
		new MutationObserver(() => w.said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
	});
	return () => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
}
