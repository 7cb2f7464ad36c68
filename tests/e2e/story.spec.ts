import { expect, test, type Page } from '@playwright/test';
import { expectedSteps } from './content';
import { atRest, frames, graphic, hydrated, wheelToStep } from './story-page';

/** The page's steps, checked against the content file's, in order. */
async function stepsOf(page: Page) {
	const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id));
	expect(ids).toEqual(expectedSteps.map((s) => s.id));
	return expectedSteps;
}

async function expectPicture(page: Page, step: { id: string; view: string; alt: string }) {
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	await expect(graphic(page)).toHaveAttribute('data-view', step.view);
	await expect(graphic(page).locator('svg.picture')).toHaveAttribute('aria-label', step.alt);
}

test('scrolling through the story activates every step in order, and the picture follows', async ({ page }) => {
	await page.clock.install();
	await page.goto('/');
	const steps = await stepsOf(page);
	expect(steps.length).toBeGreaterThanOrEqual(24);
	await hydrated(page);
	await page.mouse.move(200, 400);
	for (const [k, step] of steps.entries()) {
		// One turn of the wheel per step, just far enough for its card to cross the trigger line: a step
		// the picture skipped, or one it stopped short of, fails here, during the scroll or once at rest.
		if (k > 0) await wheelToStep(page, step.id);
		await expectPicture(page, step);
		expect(await atRest(page), `at rest on ${step.id}`).toEqual({ y: expect.any(Number), active: step.id, atLine: step.id });
	}
});

test('a flick to the bottom ends on the last step', async ({ page }) => {
	await page.goto('/');
	const steps = await stepsOf(page);
	await page.keyboard.press('End');
	await expectPicture(page, steps.at(-1)!);
	// The End key scrolls smoothly: let it reach the bottom before the reader presses Home.
	await expect.poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)).toBe(true);
	await page.keyboard.press('Home');
	await expectPicture(page, steps[0]!);
});

test('every step opens by deep link', async ({ page }) => {
	// 37 page loads: about 20 s alone, up to three times that on a shared machine.
	test.setTimeout(120_000);
	await page.goto('/');
	const steps = await stepsOf(page);
	for (const step of steps) {
		await page.goto(`/?link=${step.id}#${step.id}`);
		await expectPicture(page, step);
		const top = await page.locator(`#${step.id}`).evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(page.viewportSize()!.height);
	}
});

test('chapter links jump to their chapter', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').nth(3).click();
	const chapter = await page.locator('.chapter-nav a').nth(3).getAttribute('href');
	await expect(page).toHaveURL(new RegExp(`${chapter}$`));
	await page.mouse.wheel(0, 900);
	await expect(page.locator('.chapter-nav li.current a')).toHaveAttribute('href', chapter!);
});

test('resizing keeps the reader’s step and re-fits the graphic', async ({ page }) => {
	const target = expectedSteps[Math.floor(expectedSteps.length / 2)]!;
	await page.goto(`/#${target.id}`);
	await stepsOf(page);
	await expectPicture(page, target);
	const svg = graphic(page).locator('svg.picture');
	const before = await svg.getAttribute('width');
	const { width, height } = page.viewportSize()!;
	await page.setViewportSize({ width: height, height: width });
	await expect(svg).not.toHaveAttribute('width', before!);
	expect(Number(await svg.getAttribute('width'))).toBeLessThanOrEqual(height);
	await expectPicture(page, target);
});

test('errors nothing into the console', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.clock.install();
	await page.goto('/#not-a-step');
	await hydrated(page);
	await page.goto('/#%3Cscript%3E');
	await page.mouse.move(200, 400);
	await page.mouse.wheel(0, 3000);
	// Scrolled, stopped and settled on a later step, its timers run: the page ran all the way through.
	const { active, atLine } = await atRest(page);
	expect(active).toBe(atLine);
	expect(active).not.toBe(expectedSteps[0]!.id);
	expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story reads top to bottom with a still figure for each chapter', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeVisible();
		const steps = page.locator('[data-step]');
		expect(await steps.count()).toBeGreaterThanOrEqual(24);
		for (const card of await steps.locator('.card').all()) await expect(card).toBeVisible();
		await expect(page.locator('.stage')).toBeHidden();
		const figures = page.locator('figure.still-figure');
		await expect(figures).toHaveCount(6);
		for (const f of await figures.all()) {
			await f.scrollIntoViewIfNeeded();
			const img = f.locator('img');
			await expect(img).toBeVisible();
			// The figure file loaded and drew: an SVG image that failed would have no natural size.
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
			await expect(f.locator('figcaption')).toHaveText(/^(Map|Chart): .{20,}/);
		}
	});
});

// baghdad-falls and two-orders (story.aml) show the same region (camera baghdad); the second adds a
// note and other markers, which leave the map's frame as it is at both sizes tested. So the camera
// must not move, and the labels, which hide while the camera flies, must stay.
test('a step that keeps the map’s region keeps its labels in place', async ({ page }) => {
	const [from, to] = ['baghdad-falls', 'two-orders'];
	await page.goto(`/#${from}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', from);
	const labels = graphic(page).locator('.map-view .labels');
	await expect(labels).toHaveClass(/settled/);
	const transform = () => graphic(page).locator('.basemap').getAttribute('transform');
	const before = await transform();
	await labels.evaluate((el) => {
		const w = window as unknown as { hidLabels: boolean };
		w.hidLabels = false;
		new MutationObserver(() => {
			if (!el.classList.contains('settled')) w.hidLabels = true;
		}).observe(el, { attributes: true, attributeFilter: ['class'] });
	});
	await page.mouse.move(200, 400);
	await wheelToStep(page, to);
	await expect(graphic(page)).toHaveAttribute('data-active-step', to);
	// A flight would start with the step and move the camera from the next frame on.
	await frames(page, 3);
	expect(await transform()).toBe(before);
	expect(await page.evaluate(() => (window as unknown as { hidLabels: boolean }).hidLabels)).toBe(false);
});

test('a zoomed map says what it shows and where it is: title, rivers, scale bar, locator', async ({ page }, testInfo) => {
	await page.goto('/#down-the-tigris');
	await expect(graphic(page)).toHaveAttribute('data-active-step', 'down-the-tigris');
	const map = graphic(page).locator('.map-view');
	await expect(map.locator('[data-picture-title]')).toHaveText('Down the Tigris from Mosul, 10–11 June 2014');
	// The rivers are shapes: on the live map's own layer, under the rest of the picture.
	const shapes = graphic(page).locator('.basemap-layer.on');
	await expect(shapes.locator('[data-river]')).toHaveCount(3);
	await expect(shapes.locator('[data-river="Tigris"]')).toHaveCount(1);
	await expect(map.locator('[data-scale-bar]')).toContainText('km');
	await expect(map.locator('[data-locator]')).toHaveCount(1);
	// The step's card never covers the picture: below the band on phones, beside the stage on desktops.
	const stage = await graphic(page).boundingBox();
	const card = await page.locator('#down-the-tigris .card').boundingBox();
	if (!stage || !card) throw new Error('the graphic or the card has no box');
	if (testInfo.project.name === 'phone') expect(card.y).toBeGreaterThanOrEqual(stage.y + stage.height);
	else expect(card.x + card.width).toBeLessThanOrEqual(stage.x);
});
