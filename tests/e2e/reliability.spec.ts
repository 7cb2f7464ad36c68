import { expect, test, type Page } from '@playwright/test';
import { expectedSteps } from './content';

const graphic = (page: Page) => page.locator('[data-graphic]').first();
const ROUTES = ['/', '/read/', '/timeline/', '/sources/', '/classroom/', '/embed-code/', '/embed/', '/embed/syria/'];

/** The step whose card has crossed the trigger line, measured from the page as a reader sees it. */
function stepAtTriggerLine(page: Page) {
	return page.evaluate(() => {
		const trigger = Number(getComputedStyle(document.querySelector('.scrolly-steps')!).getPropertyValue('--trigger')) * innerHeight;
		let id = '';
		for (const el of document.querySelectorAll<HTMLElement>('[data-step]')) if (el.getBoundingClientRect().top <= trigger + 1) id = el.id;
		return id || document.querySelector('[data-step]')!.id;
	});
}

test('a flick of the wheel ends on the picture for the step at the trigger line', async ({ page }) => {
	await page.goto('/');
	await page.mouse.move(200, 400);
	for (const distance of [9000, 4000, -2500, 12000]) {
		for (let i = 0; i < 10; i++) await page.mouse.wheel(0, distance / 10);
		await page.waitForTimeout(400);
		await expect.poll(() => graphic(page).getAttribute('data-active-step')).toBe(await stepAtTriggerLine(page));
	}
});

test('following a link to a step mid-page, then back and forward, shows the right picture each time', async ({ page }) => {
	const [a, b, c] = [expectedSteps[5]!, expectedSteps[14]!, expectedSteps[24]!];
	await page.goto(`/#${a.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', a.id);
	await page.goto(`/#${b.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	await page.goto(`/#${c.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', c.id);
	await page.goBack();
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	await page.goBack();
	await expect(graphic(page)).toHaveAttribute('data-active-step', a.id);
	await page.goForward();
	await expect(graphic(page)).toHaveAttribute('data-active-step', b.id);
	await expect(graphic(page).locator('svg')).toHaveAttribute('aria-label', b.alt);
});

test('a reload mid-story comes back to the same step', async ({ page }) => {
	await page.goto('/');
	await page.mouse.move(200, 400);
	for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 400);
	await page.waitForTimeout(600);
	const before = await graphic(page).getAttribute('data-active-step');
	expect(before).not.toBe(expectedSteps[0]!.id);
	await page.reload();
	await expect(graphic(page)).toHaveAttribute('data-active-step', before!);
});

test('rotating keeps the step, re-fits the graphic, and does not move the text under the reader', async ({ page }) => {
	const step = expectedSteps[9]!;
	await page.goto(`/#${step.id}`);
	await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
	const { width, height } = page.viewportSize()!;
	for (const size of [{ width: height, height: width }, { width, height }]) {
		await page.setViewportSize(size);
		await page.waitForTimeout(500);
		await expect(graphic(page)).toHaveAttribute('data-active-step', step.id);
		// The step is put back on the trigger line: its card is where the reader's eye is.
		const top = await page.locator(`#${step.id}`).evaluate((el) => el.getBoundingClientRect().top / innerHeight);
		expect(top).toBeGreaterThan(0);
		expect(top).toBeLessThan(0.8);
		const svg = graphic(page).locator('svg');
		expect(Number(await svg.getAttribute('width'))).toBeLessThanOrEqual(size.width);
	}
	// Text layout does not shift while the reader stays put.
	const y1 = await page.locator(`#${step.id}`).evaluate((el) => el.getBoundingClientRect().top);
	await page.waitForTimeout(800);
	expect(await page.locator(`#${step.id}`).evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(y1, 0);
});

test('no page asks any origin but its own for anything', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(`${baseURL}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
	});
	for (const route of ROUTES) {
		await page.goto(route);
		await page.keyboard.press('End');
		await page.waitForTimeout(400);
	}
	expect(foreign).toEqual([]);
});

test('every page runs under its strict Content-Security-Policy without a violation', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { violations: string[] }).violations = [];
		document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	for (const route of ROUTES) {
		await page.goto(route);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp).toContain("object-src 'none'");
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
	}
	// It hydrated under the policy: the story responds to scrolling.
	await page.goto('/');
	await page.mouse.move(200, 400);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 500);
	await expect(graphic(page)).not.toHaveAttribute('data-active-step', expectedSteps[0]!.id);
	expect(errors).toEqual([]);
});

// The head carries no preload links for scripts (src/hooks.server.ts, `preload`): they delay the first
// paint. SvelteKit's start-up script imports the chunks itself, so every page must still hydrate.
test('prerendered pages have no script preload links in their head, and still hydrate', async ({ page }) => {
	for (const route of ROUTES) {
		const response = await page.goto(route);
		const html = await response!.text();
		expect(html, `${route}: SvelteKit's start-up script`).toMatch(/<script>[^<]*kit\.start\(/);
		expect(html.match(/<link[^>]*\b(rel="modulepreload"|as="script")[^>]*>/g), `${route}: preload links for scripts`).toBeNull();
		await expect(page.locator('html'), `${route}: hydrated`).toHaveAttribute('data-ready', '');
	}
});

test('if the graphic fails, the text stays readable and the error is contained', async ({ page }) => {
	// Break the map's data in the page (and drop the policy whose hash would no longer match).
	await page.route('**/', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/, '').replace('cameras:{', 'cameras:{},broken:{');
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

test('bad input is harmless: odd hashes, query strings and messages', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	for (const url of ['/?step=9999', '/?step=%3Cscript%3E', '/#%3Cimg%20src=x%20onerror=alert(1)%3E', '/#999', '/?theme=%22%3E%3Cscript%3E', '/embed/?step=-1&theme=blue&childId=%3Cx%3E', '/timeline/#%3Cscript%3E']) {
		await page.goto(url);
		await page.waitForTimeout(300);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
	await page.goto('/');
	await page.evaluate(() => {
		for (const data of ['pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx1 2 3 4 5 6', { sentinel: 'amp', type: 'frames-init' }, null, 42, 'x'.repeat(100_000)]) window.postMessage(data, '*');
	});
	await page.waitForTimeout(300);
	await expect(graphic(page)).toHaveAttribute('data-active-step', expectedSteps[0]!.id);
	expect(errors).toEqual([]);
});

test('an unknown chapter or page is a plain 404, not a broken page', async ({ page }) => {
	for (const url of ['/embed/not-a-chapter/', '/chapters/not-a-chapter/', '/nothing-here/']) {
		const response = await page.goto(url);
		expect(response?.status()).toBe(404);
	}
});
