import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectedSteps } from './content';
import { test as base } from './edition';
import { frames, graphic, hydrated, listenToAnnouncer, scrollStopped, stillAnimations } from './story-page';

const first = expectedSteps[0]!;
const last = expectedSteps.at(-1)!;

/**
 * Every page a reader can reach, and where in the story to look; `step` is the story's picture there.
 * All run in the light theme at both sizes (the story's layout, tables and targets change with the
 * size). The dark theme changes only colours, and every colour pair of the plain pages is checked in
 * both themes by tests/unit/palette.test.ts; so the dark theme runs where colours mix on the page in
 * ways those tests cannot see: the story, with its translucent cards over the picture (`dark: true`).
 */
const PAGES: { name: string; path: string; step?: string; dark?: true }[] = [
	{ name: 'story, top', path: '/', step: first.id, dark: true },
	{ name: 'story, middle (a chart step)', path: '/#the-surge', step: 'the-surge', dark: true },
	{ name: 'story, end', path: `/#${last.id}`, step: last.id, dark: true },
	{ name: 'reading edition', path: '/read/' },
	{ name: 'timeline', path: '/timeline/' },
	{ name: 'timeline, one chapter', path: '/timeline/#syria' },
	{ name: 'sources', path: '/sources/' },
	{ name: 'classroom', path: '/classroom/' },
	{ name: 'embed code', path: '/embed-code/' },
	{ name: 'embed, whole story', path: '/embed/' },
	{ name: 'embed, one chapter', path: '/embed/offensive/' }
];

/**
 * The axe checks share one page per worker (each worker runs one project, so one size): every check
 * sets its colour scheme and loads its page afresh, so nothing carries over but the browser's cache.
 */
const test = base.extend<object, { shared: Page }>({
	shared: [
		async ({ browser }, use, workerInfo) => {
			const { viewport, deviceScaleFactor, hasTouch, isMobile, userAgent, baseURL } = workerInfo.project.use;
			const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch, isMobile, userAgent, baseURL });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' }
	]
});

/** Waits until the page has hydrated, loaded, and (on the story) drawn both views of its step's picture at rest. */
async function settle(page: Page, step?: string) {
	await hydrated(page);
	await page.waitForLoadState('networkidle');
	if (step) {
		await expect(graphic(page)).toHaveAttribute('data-active-step', step);
		// The hidden view is drawn when the browser is idle, to cross-fade: axe checks it too.
		await expect(graphic(page).locator('.map-view')).toHaveCount(1);
		await expect(graphic(page).locator('.chart-view')).toHaveCount(1);
		await expect(graphic(page).locator('.map-view .labels')).toHaveClass(/settled/);
	}
	await stillAnimations(page);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		for (const p of PAGES.filter((p) => scheme === 'light' || p.dark)) {
			test(`axe finds no violations: ${p.name}`, { tag: '@editions' }, async ({ shared: page, at }) => {
				await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
				// A fresh load even when only the hash differs from the page before.
				await page.goto('about:blank');
				await page.goto(at(p.path));
				await settle(page, p.step);
				const { violations } = await new AxeBuilder({ page }).analyze();
				const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
				expect(summary).toEqual([]);
			});
		}
	});
}

// The announcer speaks 700 ms after the picture stops changing. On a busy machine the test's own
// pauses between wheel turns can be longer than that, and the reader would then rightly hear the
// step in between; so the page's clock is paused while the test scrolls, and run on by hand.
test('the graphic is an image with a name, and each new picture is announced once, politely', { tag: '@editions' }, async ({ page, at, content: { expectedSteps } }) => {
	const first = expectedSteps[0]!;
	await page.clock.install();
	await page.goto(at('/'));
	await settle(page, first.id);
	const svg = page.locator('[data-graphic] svg[role="img"]').first();
	await expect(svg).toHaveAttribute('aria-label', first.alt);
	const live = page.locator('[aria-live="polite"][data-announcer]');
	await expect(live).toHaveCount(1);
	// The picture on arrival is described by its own name, not read out again.
	await page.clock.runFor(3000);
	await expect(live).toHaveText('');
	const said = await listenToAnnouncer(page);
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await page.goto(at('/#baghdad-falls'));
	const target = expectedSteps.find((s) => s.id === 'baghdad-falls')!;
	await expect(graphic(page)).toHaveAttribute('data-active-step', target.id);
	await scrollStopped(page);
	// Not before the reader has stayed on it for the announcer's delay...
	await page.clock.runFor(500);
	expect(await said()).toEqual([]);
	// ...then once, and never again while the reader stays.
	await page.clock.runFor(1000);
	await expect(live).toHaveText(target.alt);
	await page.clock.runFor(10_000);
	expect(await said()).toEqual([target.alt]);
	// The steps themselves do not repeat the picture's description.
	expect(await page.locator('[data-step] .alt').count()).toBe(0);
});

test('a fast scroll through many steps is announced once, for the step the reader stops on', async ({ page }) => {
	await page.clock.install();
	await page.goto('/');
	await settle(page, first.id);
	const said = await listenToAnnouncer(page);
	// A turn of the wheel every 80 ms of the page's time, however slow the machine is.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await page.mouse.move(200, 400);
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, 600);
		await scrollStopped(page);
		await page.clock.runFor(80);
	}
	await page.clock.runFor(10_000);
	const active = await graphic(page).getAttribute('data-active-step');
	const passed = expectedSteps.findIndex((s) => s.id === active);
	expect(passed, 'the scroll went through several steps').toBeGreaterThan(3);
	expect(await said()).toEqual([expectedSteps[passed]!.alt]);
});

test('keyboard: skip link, visible focus, and previous/next step buttons that move the story', { tag: '@editions' }, async ({ page, at, ui }) => {
	await page.goto(at('/'));
	await settle(page, first.id);
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#story$/);

	const next = page.getByRole('button', { name: ui.nextStep });
	const previous = page.getByRole('button', { name: ui.previousStep });
	await expect(previous).toBeDisabled();
	await next.focus();
	// Focus is visible: an outline drawn around the button.
	expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
	for (const step of expectedSteps.slice(1, 4)) {
		await page.keyboard.press('Enter');
		await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
		await expect(page.locator(`#${step.id}`)).toBeInViewport();
	}
	await previous.click();
	await expect(graphic(page)).toHaveAttribute('data-active-step', expectedSteps[2]!.id);
});

test('keyboard: every link and button on the story page can be reached with Tab, and Tab leaves the page', { tag: '@editions' }, async ({ page, at }) => {
	await page.goto(at('/'));
	await settle(page, first.id);
	// Everything a reader can Tab to, seen at the start; each gets a number, and focus is recorded.
	const count = await page.evaluate(() => {
		const w = window as unknown as { reached: string[] };
		w.reached = [];
		document.addEventListener('focusin', (e) => w.reached.push((e.target as HTMLElement).dataset.tab ?? ''));
		// Focus leaving the document (to the browser's own controls) has nowhere to go in the page.
		document.addEventListener('focusout', (e) => e.relatedTarget === null && w.reached.push('out'));
		const all = document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, textarea, summary, [tabindex="0"]');
		let n = 0;
		for (const el of all) if (el.checkVisibility({ visibilityProperty: true })) el.dataset.tab = String(n++);
		return n;
	});
	expect(count).toBeGreaterThan(60);
	let left = false;
	// Ten presses at a time, then a look: has focus gone out of the page after the last element?
	for (let pressed = 0; !left && pressed < count + 40; pressed += 10) {
		for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
		left = await page.evaluate(() => (window as unknown as { reached: string[] }).reached.includes('out'));
	}
	expect(left, 'Tab went on out of the page after the last element').toBe(true);
	const { order, missed } = await page.evaluate(() => {
		const order = (window as unknown as { reached: string[] }).reached;
		const missed = Array.from(document.querySelectorAll<HTMLElement>('[data-tab]'))
			.filter((el) => !order.includes(el.dataset.tab!))
			.map((el) => `${el.tagName} ${el.getAttribute('href') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`);
		return { order, missed };
	});
	expect(missed, 'elements Tab never reached').toEqual([]);
	// In document order, from the first element to the last, then out: nothing in between, no trap.
	expect(order.slice(0, order.indexOf('out') + 1)).toEqual([...Array.from({ length: count }, (_, i) => String(i)), 'out']);
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('nothing animates: the camera jumps and no CSS transition runs', { tag: '@editions' }, async ({ page, at }) => {
		await page.goto(at('/#baghdad-falls'));
		await settle(page, 'baghdad-falls');
		const durations = await page.evaluate(() =>
			Array.from(document.querySelectorAll('*'))
				.flatMap((el) => getComputedStyle(el).transitionDuration.split(',').concat(getComputedStyle(el).animationDuration.split(',')))
				.map((d) => parseFloat(d))
				.filter((d) => d > 0)
		);
		expect(durations).toEqual([]);
		const transform = () => graphic(page).locator('.basemap').getAttribute('transform');
		// Where the camera ends for fallujah-abu-ghraib (another region), from a page opened there.
		await page.goto(at('/?end#fallujah-abu-ghraib'));
		await settle(page, 'fallujah-abu-ghraib');
		const end = await transform();
		await page.goto(at('/#baghdad-falls'));
		await settle(page, 'baghdad-falls');
		expect(await transform()).not.toBe(end);
		// Moving there from baghdad-falls, the camera is at its end as soon as the step is, and stays:
		// a tween would still be on its way, and move in the next frames.
		await page.goto(at('/#fallujah-abu-ghraib'));
		await expect(graphic(page)).toHaveAttribute('data-active-step', 'fallujah-abu-ghraib');
		expect(await transform()).toBe(end);
		await frames(page, 3);
		expect(await transform()).toBe(end);
	});
});
