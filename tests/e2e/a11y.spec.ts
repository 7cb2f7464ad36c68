import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectedSteps } from './content';

/** Every page a reader can reach, and where in the story to look. */
const PAGES = [
	{ name: 'story, top', path: '/' },
	{ name: 'story, middle (a chart step)', path: '/#the-surge' },
	{ name: 'story, end', path: `/#${expectedSteps.at(-1)!.id}` },
	{ name: 'reading edition', path: '/read/' },
	{ name: 'timeline', path: '/timeline/' },
	{ name: 'timeline, one chapter', path: '/timeline/#syria' },
	{ name: 'sources', path: '/sources/' },
	{ name: 'classroom', path: '/classroom/' },
	{ name: 'embed code', path: '/embed-code/' },
	{ name: 'embed, whole story', path: '/embed/' },
	{ name: 'embed, one chapter', path: '/embed/offensive/' }
];

/** Waits until the page has hydrated and the picture for its step (if any) is drawn and settled. */
async function settle(page: Page) {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(900);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		for (const p of PAGES) {
			test(`axe finds no violations: ${p.name}`, async ({ page }) => {
				await page.goto(p.path);
				await settle(page);
				const { violations } = await new AxeBuilder({ page }).analyze();
				const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''}`);
				expect(summary).toEqual([]);
			});
		}
	});
}

test('the graphic is an image with a name, and each new picture is announced once, politely', async ({ page }) => {
	await page.goto('/');
	await settle(page);
	const svg = page.locator('[data-graphic] svg[role="img"]').first();
	await expect(svg).toHaveAttribute('aria-label', expectedSteps[0]!.alt);
	const live = page.locator('[aria-live="polite"][data-announcer]');
	await expect(live).toHaveCount(1);
	await expect(live).toHaveText('');
	// Record every change the live region makes, as a screen reader would hear them.
	await live.evaluate((el) => {
		(window as unknown as { said: string[] }).said = [];
		new MutationObserver(() => (window as unknown as { said: string[] }).said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
	});
	await page.goto('/#baghdad-falls');
	const target = expectedSteps.find((s) => s.id === 'baghdad-falls')!;
	await expect(live).toHaveText(target.alt);
	await page.waitForTimeout(1500);
	const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
	expect(said).toEqual([target.alt]);
	// The steps themselves do not repeat the picture's description.
	expect(await page.locator('[data-step] .alt').count()).toBe(0);
});

test('a fast scroll through many steps is announced once, for the step the reader stops on', async ({ page }) => {
	await page.goto('/');
	await settle(page);
	await page.locator('[data-announcer]').evaluate((el) => {
		(window as unknown as { said: string[] }).said = [];
		new MutationObserver(() => (window as unknown as { said: string[] }).said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
	});
	await page.mouse.move(200, 400);
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, 600);
		await page.waitForTimeout(80);
	}
	await page.waitForTimeout(1500);
	const active = await page.locator('[data-graphic]').first().getAttribute('data-active-step');
	const said = await page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
	expect(said).toEqual([expectedSteps.find((s) => s.id === active)!.alt]);
});

test('keyboard: skip link, visible focus, and previous/next step buttons that move the story', async ({ page }) => {
	await page.goto('/');
	await settle(page);
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#story$/);

	const next = page.getByRole('button', { name: 'Next step' });
	const previous = page.getByRole('button', { name: 'Previous step' });
	await expect(previous).toBeDisabled();
	await next.focus();
	// Focus is visible: an outline drawn around the button.
	expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
	for (const step of expectedSteps.slice(1, 4)) {
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-graphic]').first()).toHaveAttribute('data-active-step', step.id);
		await expect(page.locator(`#${step.id}`)).toBeInViewport();
	}
	await previous.click();
	await expect(page.locator('[data-graphic]').first()).toHaveAttribute('data-active-step', expectedSteps[2]!.id);
});

test('keyboard: every link and button on the story page can be reached with Tab, and Tab leaves the page', async ({ page, browserName }) => {
	test.skip(browserName !== 'chromium');
	await page.goto('/');
	await settle(page);
	const count = await page.locator('a[href]:visible, button:visible:not([disabled]), [tabindex="0"]:visible').count();
	const seen = new Set<string>();
	for (let i = 0; i < count + 20; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return 'body';
			return `${el.tagName}:${el.getAttribute('href') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}:${Array.from(el.parentNode?.children ?? []).indexOf(el)}`;
		});
		seen.add(id);
	}
	// No trap: focus went through a great many distinct elements, not round a few.
	expect(seen.size).toBeGreaterThan(Math.min(60, count / 2));
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('nothing animates: the camera jumps and no CSS transition runs', async ({ page }) => {
		await page.goto('/#baghdad-falls');
		await settle(page);
		const durations = await page.evaluate(() =>
			Array.from(document.querySelectorAll('*'))
				.flatMap((el) => getComputedStyle(el).transitionDuration.split(',').concat(getComputedStyle(el).animationDuration.split(',')))
				.map((d) => parseFloat(d))
				.filter((d) => d > 0)
		);
		expect(durations).toEqual([]);
		const transform = () => page.locator('[data-graphic] .basemap').first().getAttribute('transform');
		await page.goto('/#fallujah-abu-ghraib');
		await expect(page.locator('[data-graphic]').first()).toHaveAttribute('data-active-step', 'fallujah-abu-ghraib');
		const t1 = await transform();
		await page.waitForTimeout(100);
		// Already at rest: a tween would still be moving the camera.
		expect(await transform()).toBe(t1);
	});
});
