// The two editions side by side: each page's language and direction, the links between them, the
// switch that keeps the reader's place, and the Arabic edition's link previews.
import { expect, test } from '@playwright/test';
import { atRest, graphic, hydrated, wheelToStep } from './story-page';

const PAGES = ['/', '/read/', '/timeline/', '/sources/', '/classroom/', '/embed-code/', '/chapters/syria/'];
/** Absolute addresses are written at build time, for the site's own address (SITE_ORIGIN, svelte.config.js). */
const SITE = process.env.SITE_ORIGIN ?? 'http://localhost:4173';

test('every page says its language and direction, and names its other edition in that edition’s fonts', async ({ page, request }) => {
	for (const path of PAGES)
		for (const [lang, dir, prefix, other] of [['en', 'ltr', '', '/ar'], ['ar', 'rtl', '/ar', '']] as const) {
			// The HTML as served, before any script runs (a chapter's page forwards to the story).
			const html = await (await request.get(`${prefix}${path}`)).text();
			expect(html, `${prefix}${path}`).toMatch(new RegExp(`<html lang="${lang}" dir="${dir}">`));
			for (const [l, p] of [['en', ''], ['ar', '/ar'], ['x-default', '']])
				expect(html, `${prefix}${path}: ${l}`).toContain(`<link rel="alternate" hreflang="${l}" href="${SITE}${p}${path}">`);
			if (path.startsWith('/chapters/')) continue;
			await page.goto(`${prefix}${path}`);
			await expect(page.locator('a.edition-switch').first()).toHaveAttribute('href', `${other}${path}`);
			await expect(page.locator('a.edition-switch').first()).toHaveAttribute('hreflang', other ? 'ar' : 'en');
			// The other edition's name is set in that edition's fonts (src/lib/tokens.ts, otherEditionCss).
			await expect(page.locator('a.edition-switch').first()).toHaveCSS('font-family', other ? /^"Noto Sans Arabic", / : /^system-ui, /);
		}
});

test('the language switch keeps the step the reader is on, both ways', async ({ page }) => {
	await page.clock.install();
	await page.goto('/#baghdad-falls');
	await expect(graphic(page)).toHaveAttribute('data-active-step', 'baghdad-falls');
	await hydrated(page);
	// The reader scrolls on to the next step, then switches.
	await page.mouse.move(200, 400);
	await wheelToStep(page, 'two-orders');
	expect((await atRest(page)).active).toBe('two-orders');
	await page.locator('.chapter-nav a.edition-switch').click();
	await expect(page).toHaveURL(/\/ar\/#two-orders$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(graphic(page)).toHaveAttribute('data-active-step', 'two-orders');
	await page.locator('.chapter-nav a.edition-switch').click();
	await expect(page).toHaveURL(/\/#two-orders$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(graphic(page)).toHaveAttribute('data-active-step', 'two-orders');
});

test('on the other pages the switch keeps the address’s anchor: an event, a glossary term', async ({ page }) => {
	for (const path of ['/timeline/#E05', '/classroom/#term-surge']) {
		await page.goto(path);
		await hydrated(page);
		await page.locator('.site-header a.edition-switch').click();
		await expect(page).toHaveURL(new RegExp(`/ar${path.replace(/[/#]/g, '\\$&')}$`));
		await expect(page.locator(`[id="${path.split('#')[1]}"]`)).toBeInViewport();
	}
});

test('the Arabic story has its own link preview, oEmbed file and NewsArticle, in Arabic', async ({ page, request, baseURL }) => {
	await page.goto('/ar/');
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ar_AR');
	await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SITE}/ar/`);
	const title = await page.locator('h1').textContent();
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title!);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(ld).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'ar', headline: title, mainEntityOfPage: `${SITE}/ar/` });
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toBe(`${SITE}/share/ar-story.png`);
	const png = await request.get(`${baseURL}/share/ar-story.png`);
	expect(png.headers()['content-type']).toBe('image/png');
	const oembedUrl = (await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!;
	expect(oembedUrl).toBe(`${SITE}/oembed/ar-story.json`);
	const oembed = await request.get(`${baseURL}/oembed/ar-story.json`);
	const json = await oembed.json();
	expect(json.title).toBe(title);
	expect(json.html).toContain(`src="${SITE}/ar/embed/"`);
	expect(json.html).toContain(`${SITE}/vendor/frames.umd.js`);
});

test('the Arabic embed code page hands out the Arabic embed, with the scripts from the site’s root', { tag: '@once' }, async ({ page, baseURL }) => {
	await page.goto('/ar/embed-code/');
	await hydrated(page);
	const code = await page.locator('#code-pym').inputValue();
	expect(code).toContain(`"${baseURL}/ar/embed/"`);
	expect(code).toContain(`src="${baseURL}/vendor/pym.v1.min.js"`);
	await expect(page.locator('.preview iframe')).toHaveAttribute('src', '/ar/embed/');
});
