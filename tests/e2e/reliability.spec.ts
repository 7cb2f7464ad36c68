import { expect, type Page, type Route } from '@playwright/test';
import { expectedSteps } from './content';
import { test } from './edition';
import { networkQuiet, trackRequests } from './network';
import { atRest, graphic, hydrated, scrollStopped } from './story-page';

const ROUTES = ['/', '/read/', '/timeline/', '/sources/', '/classroom/', '/embed-code/', '/embed/', '/embed/syria/'];

test('a flick of the wheel ends on the picture for the step at the trigger line', async ({ page }) => {
	await page.clock.install();
	await page.goto('/');
	await hydrated(page);
	await page.mouse.move(200, 400);
	const stops: string[] = [];
	for (const distance of [9000, 4000, -2500, 12000]) {
		for (let i = 0; i < 10; i++) await page.mouse.wheel(0, distance / 10);
		const { active, atLine } = await atRest(page);
		expect(active, `after a flick of ${distance} px`).toBe(atLine);
		stops.push(atLine);
	}
	// Each flick moved the story its way: down, further down, back up, and down past the second stop.
	const at = stops.map((id) => expectedSteps.findIndex((s) => s.id === id));
	expect(at[0]).toBeGreaterThan(0);
	expect(at[1]).toBeGreaterThan(at[0]!);
	expect(at[2]).toBeLessThan(at[1]!);
	expect(at[3]).toBeGreaterThan(at[1]!);
});

test('following a link to a step mid-page, then back and forward, shows the right picture each time', { tag: '@editions' }, async ({ page, at, content: { expectedSteps } }) => {
	const [a, b, c] = [expectedSteps[5]!, expectedSteps[14]!, expectedSteps[24]!];
	await page.goto(at(`/#${a.id}`));
	await expect(graphic(page)).toHaveAttribute('data-active-step', a.id);
	await page.goto(at(`/#${b.id}`));
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	await page.goto(at(`/#${c.id}`));
	await expect(graphic(page)).toHaveAttribute('data-active-step', c.id);
	await page.goBack();
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	await page.goBack();
	await expect(graphic(page)).toHaveAttribute('data-active-step', a.id);
	await page.goForward();
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	await expect(graphic(page).locator('svg.picture')).toHaveAttribute('aria-label', b.alt);
});

// The browser skips the layout of the credits until a reader nears them and counts them as the
// size app.css gives them (content-visibility). Drawing them must only shorten the page, or End would
// stop short of the end: their real size, at the narrowest phone, either side of the desktop layout
// and on a tall wide screen, in both editions, is below the size that stands in for them.
test('the size that stands in for the undrawn credits is larger than the drawn credits', { tag: '@editions' }, async ({ page, at }) => {
	for (const [width, height] of [[320, 560], [899, 700], [900, 700], [1280, 1400]] as const) {
		await page.setViewportSize({ width, height });
		await page.goto(at('/'));
		await hydrated(page);
		await page.addStyleTag({ content: '.credits { content-visibility: visible !important; }' });
		const { stand, inner } = await page.locator('.scrolly ~ .credits').evaluate((el) => {
			const cs = getComputedStyle(el);
			const px = /(\d+(?:\.\d+)?)px/.exec(cs.containIntrinsicBlockSize);
			const h = el.getBoundingClientRect().height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth);
			return { stand: px ? Number(px[1]) : null, inner: Math.round(h) };
		});
		expect(stand, `at ${width}×${height}: a stand-in size`).not.toBeNull();
		expect(inner, `at ${width}×${height}`).toBeLessThan(stand!);
	}
});

// On a first visit from the top, the first frame lays out only the first chapter (app.html's `later`
// class; app.css); $lib/scroll/drawLater draws the others, one per frame, before the steps are
// watched. The chapters' content-visibility, read when the document has been parsed:
const skippedAtParse = (page: Page) =>
	page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const w = window as unknown as { atParse: string[]; firstStepsAtParse: string[] };
			w.atParse = Array.from(document.querySelectorAll('.chapter'), (c) => getComputedStyle(c).contentVisibility);
			w.firstStepsAtParse = Array.from(document.querySelectorAll('.chapter:first-child > .step'), (s) => getComputedStyle(s).contentVisibility);
		});
	});
const atParse = (page: Page) => page.evaluate(() => (window as unknown as { atParse: string[] }).atParse);
const firstStepsAtParse = (page: Page) => page.evaluate(() => (window as unknown as { firstStepsAtParse: string[] }).firstStepsAtParse);
const drawnNow = (page: Page) => page.locator('.chapter').evaluateAll((cs) => cs.map((c) => getComputedStyle(c).contentVisibility));
const firstStepsNow = (page: Page) => page.locator('.chapter:first-child > .step').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).contentVisibility));
const allDrawn = ['visible', 'visible', 'visible', 'visible', 'visible', 'visible'];

test('a first visit lays out the header and the first title card first, then draws every chapter before the steps are watched', { tag: '@editions' }, async ({ page, at }) => {
	await skippedAtParse(page);
	await page.goto(at('/'));
	expect(await atParse(page)).toEqual(['visible', 'auto', 'auto', 'auto', 'auto', 'auto']);
	const firstSteps = await firstStepsAtParse(page);
	expect(firstSteps.length).toBeGreaterThan(0);
	expect(new Set(firstSteps)).toEqual(new Set(['auto']));
	await expect(page.locator('html')).not.toHaveClass(/\blater\b/);
	expect(await drawnNow(page)).toEqual(allDrawn);
	expect(new Set(await firstStepsNow(page))).toEqual(new Set(['visible']));
});

// The live graphic's first frame is a layout of its own: drawn in the same frame as a chapter, the
// two made one long task ($lib/story/live.svelte). What was skipped, at the moment each part arrives:
test('the step buttons and the live graphic arrive only once every chapter is drawn', { tag: '@editions' }, async ({ page, at }) => {
	await page.addInitScript(() => {
		const seen: Record<string, string> = {};
		(window as unknown as { arrivals: Record<string, string> }).arrivals = seen;
		new MutationObserver(() => {
			for (const [part, selector] of [['buttons', '.step-controls'], ['graphic', '[data-graphic]']] as const) {
				if (!seen[part] && document.querySelector(selector)) seen[part] = document.documentElement.classList.contains('later') ? 'chapters still skipped' : 'every chapter drawn';
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto(at('/'));
	await expect(graphic(page)).toBeAttached();
	expect(await page.evaluate(() => (window as unknown as { arrivals: Record<string, string> }).arrivals)).toEqual({ buttons: 'every chapter drawn', graphic: 'every chapter drawn' });
});

test('a link to a step and a reload lay out every chapter from the start', async ({ page }) => {
	await skippedAtParse(page);
	const step = expectedSteps[20]!;
	await page.goto(`/#${step.id}`);
	expect(await atParse(page)).toEqual(allDrawn);
	expect(new Set(await firstStepsAtParse(page))).toEqual(new Set(['visible']));
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	await page.reload();
	expect(await atParse(page)).toEqual(allDrawn);
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
});

// A jump can come before the page's script has run: app.html's own listener draws every chapter
// before the browser moves the reader, so no chapter the reader has passed is laid out after.
test('a key or a chapter link before the page has started draws every chapter before the jump', async ({ page }) => {
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await skippedAtParse(page);
	for (const jump of ['key', 'link'] as const) {
		await page.goto('/');
		expect(await atParse(page)).toEqual(['visible', 'auto', 'auto', 'auto', 'auto', 'auto']);
		if (jump === 'key') {
			await page.keyboard.press('End');
			await scrollStopped(page);
			expect(await drawnNow(page)).toEqual(allDrawn);
			expect(await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2)).toBe(true);
		} else {
			const link = page.locator('.chapter-nav a').nth(3);
			const id = (await link.getAttribute('href'))!.slice(1);
			await link.click();
			await scrollStopped(page);
			expect(await drawnNow(page)).toEqual(allDrawn);
			const { top, margin } = await page.locator(`[id="${id}"]`).evaluate((el) => ({ top: el.getBoundingClientRect().top, margin: parseFloat(getComputedStyle(el).scrollMarginTop) }));
			expect(Math.abs(top - margin)).toBeLessThan(2);
		}
	}
});

test('a reload mid-story comes back to the same step', async ({ page }) => {
	await page.clock.install();
	await page.goto('/');
	await hydrated(page);
	await page.mouse.move(200, 400);
	for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
	const { active: before, atLine } = await atRest(page);
	expect(before).toBe(atLine);
	expect(before).not.toBe(expectedSteps[0]!.id);
	await page.reload();
	await expect(graphic(page)).toHaveAttribute('data-active-step', before!);
});

test('rotating keeps the step, re-fits the graphic, and does not move the text under the reader', async ({ page }) => {
	const step = expectedSteps[9]!;
	await page.goto(`/#${step.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	await hydrated(page);
	const { width, height } = page.viewportSize()!;
	const card = page.locator(`#${step.id}`);
	for (const size of [{ width: height, height: width }, { width, height }]) {
		await page.setViewportSize(size);
		const svg = graphic(page).locator('svg.picture');
		// Re-fitted to the new width, and the step put back on the trigger line: its card is where the
		// reader's eye is.
		await expect.poll(async () => Number(await svg.getAttribute('width')) <= size.width).toBe(true);
		await scrollStopped(page);
		await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
		const top = await card.evaluate((el) => el.getBoundingClientRect().top / innerHeight);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(0.8);
	}
	// The behaviour under test is that nothing moves while the reader stays put, so this watches for
	// half a second (a re-layout after a resize lands within a few frames), sampling every frame.
	const moved = await card.evaluate(
		(el) =>
			new Promise<number>((done) => {
				const y0 = el.getBoundingClientRect().top;
				const end = performance.now() + 500;
				let most = 0;
				const look = () => {
					most = Math.max(most, Math.abs(el.getBoundingClientRect().top - y0));
					if (performance.now() < end) requestAnimationFrame(look);
					else done(most);
				};
				requestAnimationFrame(look);
			})
	);
	expect(moved).toBeLessThan(1);
});

// A window made shorter or taller re-spaces the story (its spacing is in vh) without changing the
// column's width; a phone's rotation can arrive as a change of width and then one of height.
test('a change of the window’s height keeps the reader’s step on the trigger line', async ({ page }) => {
	const step = expectedSteps[Math.floor(expectedSteps.length / 2)]!;
	await page.goto(`/#${step.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	await hydrated(page);
	const { width, height } = page.viewportSize()!;
	const card = page.locator(`#${step.id}`);
	for (const h of [Math.round(height / 2), height]) {
		await page.setViewportSize({ width, height: h });
		await expect.poll(() => page.evaluate(() => innerHeight)).toBe(h);
		await scrollStopped(page);
		await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
		const top = await card.evaluate((el) => el.getBoundingClientRect().top / innerHeight);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(0.8);
	}
});

test('no page asks any origin but its own for anything', { tag: '@editions' }, async ({ page, baseURL, at }) => {
	const foreign: string[] = [];
	trackRequests(page);
	page.on('request', (r) => {
		if (!r.url().startsWith(`${baseURL}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	for (const route of ROUTES) {
		await page.goto(at(route));
		await hydrated(page);
		// To the end of the page, so that whatever loads on the way (lazy figures) has been asked for.
		// (A page that grows as it is drawn can leave one press of End short of the end: press it again.)
		const atEnd = () => page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
		for (let i = 0; i < 3 && !(await atEnd()); i++) {
			await page.keyboard.press('End');
			await scrollStopped(page);
		}
		expect(await atEnd(), `${route}: at the end`).toBe(true);
		await networkQuiet(page);
	}
	expect(foreign).toEqual([]);
});

test('every page runs under its strict Content-Security-Policy without a violation', { tag: '@editions' }, async ({ page, at }) => {
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	for (const route of ROUTES) {
		await page.goto(at(route));
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp).toContain("object-src 'none'");
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
	}
	// It hydrated under the policy: the story responds to scrolling.
	await page.goto(at('/'));
	await page.mouse.move(200, 400);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 500);
	await expect(graphic(page)).not.toHaveAttribute('data-active-step', expectedSteps[0]!.id);
	expect(errors).toEqual([]);
});

// The head carries no preload links for scripts (src/hooks.server.ts, `preload`): they delay the first
// paint. Each page's script imports the chunks itself, so every page must still start. The story is
// not a SvelteKit app in the browser: it loads its own script ($lib/story/main.ts) and nothing else.
test('prerendered pages have no script preload links in their head, and still start their scripts', { tag: '@editions' }, async ({ page, at }) => {
	for (const route of ROUTES) {
		const response = await page.goto(at(route));
		const html = await response!.text();
		if (route === '/') {
			expect(html, `${route}: the story's own script`).toMatch(/<script type="module" src="[^"]*\/_app\/immutable\/entry\/story\.[\w-]+\.js"><\/script>/);
			expect(html, `${route}: no SvelteKit start-up script`).not.toMatch(/kit\.start\(/);
		} else expect(html, `${route}: SvelteKit's start-up script`).toMatch(/<script>[^<]*kit\.start\(/);
		expect(html.match(/<link[^>]*\b(rel="modulepreload"|as="script")[^>]*>/g), `${route}: preload links for scripts`).toBeNull();
		await expect(page.locator('html'), `${route}: hydrated`).toHaveAttribute('data-ready', '');
	}
});

// The story page's data is JSON in its HTML ($lib/story/payload). Data that cannot be read is a clear
// error in the console; the reader keeps the text, which is server HTML, and the links in it.
test('if the story page\'s data is malformed, the error says so and the text stays', async ({ page }) => {
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		expect(body, 'the page data this test breaks').toContain('<script type="application/json" id="story-data">{');
		await route.fulfill({ response, body: body.replace('<script type="application/json" id="story-data">{', '<script type="application/json" id="story-data">{{') });
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect.poll(() => errors.length).toBeGreaterThan(0);
	expect(errors.join('\n')).toMatch(/JSON/);
	await expect(page.locator('h1')).toBeVisible();
	const last = page.locator(`#${expectedSteps.at(-1)!.id}`);
	await page.locator('.chapter-nav a').last().click();
	await last.scrollIntoViewIfNeeded();
	await expect(last.locator('.card')).toBeVisible();
	await expect(last.locator('.card')).toContainText(/\w{4,}/);
});

// What the story page loads: its own script and the chunks it imports, none of SvelteKit's client.
test('the story page loads none of SvelteKit\'s client code', { tag: '@editions' }, async ({ page, at }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
	await page.goto(at('/'));
	await expect(page.locator('html')).toHaveAttribute('data-ready', '');
	await expect(page.locator('.stage svg.picture')).toBeVisible();
	expect(scripts.filter((s) => /\/entry\/story\./.test(s))).toHaveLength(1);
	expect(scripts.filter((s) => /\/entry\/(start|app)\.|\/nodes\//.test(s))).toEqual([]);
});

test('if the graphic fails, the text stays readable and the error is contained', async ({ page }) => {
	// Break the map's data in the page's JSON ($lib/story/payload).
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		expect(body, 'the page data this test breaks').toContain('"cameras":{');
		const html = body.replace('"cameras":{', '"cameras":{},"broken":{');
		await route.fulfill({ response, body: html });
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.locator('.graphic-error')).toBeVisible();
	await expect(page.locator('.graphic-error')).toContainText('reading edition');
	expect(errors).toEqual([]);
	const last = page.locator(`#${expectedSteps.at(-1)!.id}`);
	await last.scrollIntoViewIfNeeded();
	await expect(last).toBeVisible();
	await expect(last.locator('.card')).toContainText(/\w{4,}/);
	// The rest of the page still works: the chapter bar follows the reader.
	await expect(page.locator('.chapter-nav li.current a')).toHaveAttribute('href', '#closing');
});

// A shapes file that does not come, or a host that answers with a page of its own instead.
for (const [how, answer] of [
	['cannot be fetched', (route: Route) => route.abort()],
	['come back as a web page', (route: Route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Not here</title><main id="story">Not found</main>' })]
] as const) {
	test(`if the map shapes ${how}, the picture draws the rest and the story goes on`, async ({ page }) => {
		const asked: string[] = [];
		await page.route('**/basemap.svg', (route) => {
			asked.push(route.request().url());
			return answer(route);
		});
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(`/#${expectedSteps[1]!.id}`);
		await expect(graphic(page)).toHaveAttribute('data-active-step', expectedSteps[1]!.id);
		await expect(graphic(page).locator('.map-view .labels')).toHaveClass(/settled/);
		await expect(graphic(page).locator('.map-view .labels text').first()).toBeVisible();
		await expect.poll(() => asked.length, 'the page asked for the shapes').toBeGreaterThan(0);
		await expect(page.locator('.graphic-error')).toHaveCount(0);
		// The page says it keeps no shapes, and nothing of the answer is put in the page.
		await expect.poll(() => warnings.filter((w) => w.includes('map shapes')).length, 'the warning').toBe(1);
		await expect(page.locator('#story')).toHaveCount(1);
		expect(errors).toEqual([]);
		const next = expectedSteps[2]!.id;
		await page.locator(`#${next}`).scrollIntoViewIfNeeded();
		await expect(graphic(page)).toHaveAttribute('data-active-step', next);
	});
}

// Hostile messages are tested where something listens for them: the embed (embed.spec.ts, E), from its
// parent, from another frame and from itself. The story page has no message listener.
test('bad input is harmless: odd hashes and query strings', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	for (const url of ['/?step=9999', '/?step=%3Cscript%3E', '/#%3Cimg%20src=x%20onerror=alert(1)%3E', '/#999', '/?theme=%22%3E%3Cscript%3E', '/embed/?step=-1&theme=blue&childId=%3Cx%3E', '/timeline/#%3Cscript%3E']) {
		await page.goto(url);
		// Hydrated: the page's scripts have read the address and run their first updates.
		await hydrated(page);
		await expect(page.locator('h1').first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null), url).toBeNull();
	}
	// The story, given a step or an anchor it does not have, starts at the beginning, and stays there.
	await page.clock.install();
	await page.goto('/?step=9999#999');
	await hydrated(page);
	expect(await atRest(page)).toEqual(expect.objectContaining({ active: expectedSteps[0]!.id, atLine: expectedSteps[0]!.id }));
	expect(errors).toEqual([]);
});

test('an unknown chapter or page is a plain 404, not a broken page', async ({ page }) => {
	for (const url of ['/embed/not-a-chapter/', '/chapters/not-a-chapter/', '/nothing-here/', '/ar/embed/not-a-chapter/', '/ar/chapters/not-a-chapter/', '/ar/nothing-here/', '/fr/']) {
		const response = await page.goto(url);
		expect(response?.status()).toBe(404);
	}
});
