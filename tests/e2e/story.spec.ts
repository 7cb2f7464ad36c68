import { expect, type Page } from '@playwright/test';
import { expectedSteps, type EditionContent } from './content';
import { test } from './edition';
import { atRest, frames, graphic, hydrated, labelsHid, scrollStopped, watchLabels, wheelToStep } from './story-page';

/** The page's steps, checked against the content file's, in order. */
async function stepsOf(page: Page, steps: EditionContent['expectedSteps'] = expectedSteps) {
	const ids = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.id));
	expect(ids).toEqual(steps.map((s) => s.id));
	return steps;
}

async function expectPicture(page: Page, step: { id: string; view: string; alt: string }) {
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	await expect(graphic(page)).toHaveAttribute('data-view', step.view);
	await expect(graphic(page).locator('svg.picture')).toHaveAttribute('aria-label', step.alt);
}

test('scrolling through the story activates every step in order, and the picture follows', { tag: '@editions' }, async ({ page, at, content }) => {
	await page.clock.install();
	await page.goto(at('/'));
	const steps = await stepsOf(page, content.expectedSteps);
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
	// The End key scrolls smoothly: let the scroll finish before the reader presses Home. (Under heavy
	// load it has stopped a few hundred pixels short of the end, on the last step still.)
	await scrollStopped(page);
	await page.keyboard.press('Home');
	await expectPicture(page, steps[0]!);
});

test('every step opens by deep link', { tag: '@editions' }, async ({ page, at, content }) => {
	// 37 page loads: about 20 s alone, up to three times that on a shared machine.
	test.setTimeout(120_000);
	await page.goto(at('/'));
	const steps = await stepsOf(page, content.expectedSteps);
	for (const step of steps) {
		await page.goto(at(`/?link=${step.id}#${step.id}`));
		await expectPicture(page, step);
		const top = await page.locator(`#${step.id}`).evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(page.viewportSize()!.height);
	}
});

test('chapter links jump to their chapter', { tag: '@editions' }, async ({ page, at, ui }) => {
	await page.goto(at('/'));
	await page.getByRole('navigation', { name: ui.chapters }).getByRole('link').nth(3).click();
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

test('errors nothing into the console', { tag: '@editions' }, async ({ page, at }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.clock.install();
	await page.goto(at('/#not-a-step'));
	await hydrated(page);
	await page.goto(at('/#%3Cscript%3E'));
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

	test('the story reads top to bottom with a still figure for each chapter', { tag: '@editions' }, async ({ page, at, ui }) => {
		await page.goto(at('/'));
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
			await expect(f.locator('figcaption')).toHaveText(new RegExp(`^(${ui.view.map}|${ui.view.chart}): .{20,}`));
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
	await watchLabels(labels);
	await page.mouse.move(200, 400);
	await wheelToStep(page, to);
	await expect(graphic(page)).toHaveAttribute('data-active-step', to);
	// A flight would start with the step and move the camera from the next frame on.
	await frames(page, 3);
	expect(await transform()).toBe(before);
	expect(await labelsHid(page)).toBe(false);
});

// The map's places, arrows, labels and note hide while the camera flies, and the new step's are built
// a task after the flight sets off (Graphic.svelte). At rest, the picture must be the step's own,
// the same as when the step is opened directly.
test('a step reached with a camera flight shows, once the camera rests, what it shows opened directly', async ({ page }) => {
	const [from, to] = ['mosul-falls', 'half-million-flee'];
	const drawn = (p: Page) =>
		graphic(p)
			.locator('.map-view')
			.evaluate((el) => ({
				labels: [...el.querySelectorAll('.labels text')].map((t) => t.textContent).sort(),
				arrows: el.querySelectorAll('.overlay .arrow').length,
				markers: el.querySelectorAll('.dots .marker').length,
				note: el.querySelector('.note-box')?.textContent ?? null
			}));
	await page.goto(`/#${from}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', from);
	const labels = graphic(page).locator('.map-view .labels');
	await expect(labels).toHaveClass(/settled/);
	const before = await drawn(page);
	await watchLabels(labels);
	await page.mouse.move(200, 400);
	await wheelToStep(page, to);
	await expect(graphic(page)).toHaveAttribute('data-active-step', to);
	await expect(labels).toHaveClass(/settled/);
	expect(await labelsHid(page), 'the camera flew between the two steps').toBe(true);
	const scrolled = await drawn(page);

	const direct = await page.context().newPage();
	await direct.goto(`/#${to}`);
	await expect(graphic(direct)).toHaveAttribute('data-active-step', to);
	await expect(graphic(direct).locator('.map-view .labels')).toHaveClass(/settled/);
	const opened = await drawn(direct);
	expect(opened.arrows, 'the step has arrows of its own').toBeGreaterThan(before.arrows);
	expect(scrolled).toEqual(opened);
});

// Each step brings shapes of its own (other countries, a province filled, the locator's land). The
// shapes file comes once, whatever the host's cache headers (vite preview lets the browser cache it
// only after asking again), and every shape of the map at rest is drawn.
test('the map asks for its shapes file once, over many steps, and draws every shape', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => new URL(r.url()).pathname === '/basemap.svg' && asked.push(r.url()));
	await page.goto('/');
	await hydrated(page);
	await page.mouse.move(200, 400);
	const steps = expectedSteps.slice(1, 9);
	for (const step of steps) await wheelToStep(page, step.id);
	await expect(graphic(page)).toHaveAttribute('data-active-step', steps.at(-1)!.id);
	await expect(graphic(page).locator('.map-view .labels')).toHaveClass(/settled/);
	const shapes = await graphic(page)
		.locator('.basemap-layer.on use, .map-view use')
		.evaluateAll((uses) => uses.map((u) => ({ href: u.getAttribute('href'), width: (u as SVGUseElement).getBBox().width })));
	expect(shapes.length, 'the map has shapes').toBeGreaterThan(10);
	expect(shapes.filter((s) => !(s.width > 0)), 'shapes drawn with no size').toEqual([]);
	expect(asked, 'requests for the shapes file').toHaveLength(1);
});

// V8 compiles a file that opens with this comment as it streams in, off the main thread (vite.config.ts).
// A build step that writes anything above it (Vite puts its dynamic-import map at the top of SvelteKit's
// app entry) turns that off without a sound.
for (const path of ['/', '/embed/']) {
	test(`every script ${path} loads opens with V8's compile hint`, { tag: '@once' }, async ({ page }) => {
		const scripts: Promise<{ url: string; hinted: boolean }>[] = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') scripts.push(r.text().then((text) => ({ url: r.url(), hinted: text.startsWith('//# allFunctionsCalledOnLoad\n') })));
		});
		await page.goto(path);
		await hydrated(page);
		const loaded = await Promise.all(scripts);
		expect(loaded.length, 'scripts loaded').toBeGreaterThan(3);
		expect(loaded.filter((s) => !s.hinted).map((s) => s.url)).toEqual([]);
	});
}

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

// A map with arrows and a note, a chart with notes, and a map filled by a figure, with its key: in
// each, every word of the picture is inside the picture, and the step's text is beside the picture
// on the reader's side (right of it in Arabic, left in English) or below the band on a phone.
for (const id of ['half-million-flee', 'insurgency-2003', 'constitution-vote']) {
	test(`text and picture do not overlap, and the picture's words stay inside it: ${id}`, { tag: '@editions' }, async ({ page, at, edition }, testInfo) => {
		await page.goto(at(`/#${id}`));
		await expect(graphic(page)).toHaveAttribute('data-active-step', id);
		const view = graphic(page).locator('.view.on');
		await expect(view.locator('.labels, .chart').first()).toBeVisible();
		if (await view.locator('.labels').count()) await expect(view.locator('.labels')).toHaveClass(/settled/);
		await frames(page, 2);
		const stage = (await graphic(page).boundingBox())!;
		const card = (await page.locator(`#${id} .card`).boundingBox())!;
		await testInfo.attach(`${edition}-${id}.png`, { body: await page.screenshot(), contentType: 'image/png' });
		if (testInfo.project.name.startsWith('phone')) expect(card.y).toBeGreaterThanOrEqual(stage.y + stage.height - 1);
		else if (edition === 'ar') expect(card.x).toBeGreaterThanOrEqual(stage.x + stage.width);
		else expect(card.x + card.width).toBeLessThanOrEqual(stage.x);
		const outside = await view.evaluate((el, box) => {
			const out: string[] = [];
			for (const t of el.querySelectorAll('text')) {
				const r = t.getBoundingClientRect();
				if (r.width && (r.left < box.x - 1 || r.right > box.x + box.width + 1 || r.top < box.y - 1 || r.bottom > box.y + box.height + 1)) out.push(`${t.textContent} at ${Math.round(r.left)}–${Math.round(r.right)}`);
			}
			return out;
		}, stage);
		expect(outside, 'words drawn outside the picture').toEqual([]);
	});
}
