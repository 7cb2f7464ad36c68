// Step analytics (src/lib/analytics.ts): the `explainer:step` events a host page would count.
import { expect, test, type Page } from '@playwright/test';
import { expectedSteps } from './content';
import { atRest, graphic, hydrated, scrollStopped, wheelToStep } from './story-page';
import type { StepDetail } from '../../src/lib/analytics';

/** Records every `explainer:step` event from the page's start. */
const record = (page: Page) =>
	page.addInitScript(() => {
		const w = window as unknown as { steps: unknown[] };
		w.steps = [];
		addEventListener('explainer:step', (e) => w.steps.push((e as CustomEvent).detail));
	});
const reported = (page: Page) => page.evaluate(() => (window as unknown as { steps: StepDetail[] }).steps.map((d) => `${d.id} ${d.via}`));
const indexOf = (id: string) => expectedSteps.findIndex((s) => s.id === id);

test('the story reports each step the reader comes to rest on, once, with the way they came', async ({ page }) => {
	await record(page);
	await page.clock.install();
	// A deep link lands on its step.
	await page.goto('/#baghdad-falls');
	await expect(graphic(page)).toHaveAttribute('data-active-step', 'baghdad-falls');
	await hydrated(page);
	await atRest(page);
	expect(await page.evaluate(() => (window as unknown as { steps: unknown[] }).steps)).toEqual([
		{ id: 'baghdad-falls', chapter: 'invasion', index: indexOf('baghdad-falls'), total: expectedSteps.length, via: 'link' }
	]);
	// Scrolling on to the next step, then about inside it: one event.
	await page.mouse.move(200, 400);
	await wheelToStep(page, 'two-orders');
	expect((await atRest(page)).active).toBe('two-orders');
	await page.mouse.wheel(0, 30);
	expect((await atRest(page)).active).toBe('two-orders');
	// The step buttons and the keyboard.
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(graphic(page)).toHaveAttribute('data-active-step', expectedSteps[indexOf('two-orders') + 1]!.id);
	await atRest(page);
	// PageDown, with the focus still on the button (which leaves the key to the page), a screen at a
	// time until the next step is reached (a step is taller than a screen on desktops).
	const next = expectedSteps[indexOf('two-orders') + 1]!.id;
	let afterKey = next;
	for (let i = 0; i < 4 && afterKey === next; i++) {
		await page.keyboard.press('PageDown');
		afterKey = (await atRest(page)).active!;
	}
	expect(afterKey).not.toBe(next);
	expect(await reported(page)).toEqual(['baghdad-falls link', 'two-orders scroll', `${next} key`, `${afterKey} key`]);
});

test('a fast scroll through many steps reports only the step it stops on', async ({ page }) => {
	await record(page);
	await page.clock.install();
	await page.goto('/');
	await hydrated(page);
	await atRest(page);
	// At the top, before the first step's card reaches the line, nothing is reported.
	expect(await reported(page)).toEqual([]);
	// The page's clock stands still during the flick, so no moment of rest falls inside it.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await page.mouse.move(200, 400);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 700);
	await scrollStopped(page);
	const { active } = await atRest(page);
	expect(indexOf(active!), 'the flick passed several steps').toBeGreaterThan(4);
	expect(await reported(page)).toEqual([`${active} scroll`]);
});
