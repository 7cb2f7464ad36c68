import { expect, type Page } from '@playwright/test';
import { story } from './content';
import { test } from './edition';
import { formatDate } from '../../src/lib/i18n/format';
import { fill } from '../../src/lib/i18n/fill';
import { countWords } from '../../src/lib/content/markup';
import { pictureGroups } from '../../src/lib/graphic/figures';

const PAGES = ['/sources/', '/timeline/', '/classroom/', '/read/', '/embed-code/'];

for (const js of [true, false]) {
	test.describe(js ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled: js });

		test('every page has its title, its content and the links to the rest of the site', { tag: '@editions' }, async ({ page, at, ui }) => {
			for (const path of PAGES) {
				await page.goto(at(path));
				await expect(page.locator('h1')).toBeVisible();
				await expect(page.locator('main#content')).toContainText(/\p{L}{20,}|\p{L}+ \p{L}+ \p{L}+/u);
				const nav = page.getByRole('navigation', { name: ui.siteNav });
				for (const { label } of ui.siteLinks) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
				await expect(nav.locator('a[aria-current="page"]')).toHaveCount(1);
				// Nothing makes the page wider than the screen (a long address, a box placed for one direction only).
				expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), `${path}: wider than the screen`).toBeLessThanOrEqual(0);
			}
		});

		test('sources: every source the story cites, numbered as in the story, with the datasets and the counts of the dead', { tag: '@editions' }, async ({ page, at, content, pagesUi }) => {
			await page.goto(at('/sources/'));
			const cited = new Set(story.steps.flatMap((s) => s.sources));
			const items = page.locator('ol.source-list > li');
			await expect(items).toHaveCount(cited.size);
			for (const id of cited) {
				const li = page.locator(`li[id="${id}"]`);
				await expect(li).toHaveCount(1);
				const href = await li.locator('a[rel="noopener"]').first().getAttribute('href');
				expect(() => new URL(href!)).not.toThrow();
				expect(href).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
			}
			// The numbers follow the order in which the story first cites each source.
			const firstCited = [...new Set(story.steps.flatMap((s) => s.sources))];
			const numbered = await items.evaluateAll((lis) => lis.map((li) => [Number((li as HTMLLIElement).value), li.id] as const).sort((a, b) => a[0] - b[0]).map(([, id]) => id));
			expect(numbered).toEqual(firstCited);
			// Each count of the dead by the name its edition's file gives it: the same counts in both (the build checks their ids).
			const counts = content.methodology.counts.map((c) => c.name);
			expect(counts.length).toBeGreaterThanOrEqual(5);
			for (const name of counts) await expect(page.locator('#counting-the-dead').locator('..')).toContainText(name);
			await expect(page.locator('#datasets').locator('..')).toContainText(/Natural Earth/);
			await expect(page.locator('#datasets').locator('..')).toContainText(/commercial use/);
			const table = page.getByRole('table', { name: pagesUi.chartTable.deaths });
			await expect(table.locator('tbody tr')).toHaveCount(12);
			await expect(table.locator('tbody tr').first().locator('th')).toHaveText('2003');
		});

		test('timeline: all 49 dated events by chapter, each with its date, place, source and, where told, its step', { tag: '@editions' }, async ({ page, at, content, pagesUi }) => {
			const events = content.events;
			const t = pagesUi.timeline;
			await page.goto(at('/timeline/'));
			const times = page.locator('.event time[datetime]');
			await expect(times).toHaveCount(events.length);
			expect(await times.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))).toEqual(events.map((e) => e.date));
			let told = 0;
			for (const e of events) {
				const li = page.locator(`#${e.id}`);
				await expect(li.locator('h3')).toHaveText(e.title);
				await expect(li.locator('.meta a').first()).toHaveAttribute('href', e.sourceUrl);
				// An event a step tells links to that step; any other has no such link.
				const step = story.steps.find((s) => s.events.includes(e.id));
				const links = await li.locator('.meta a', { hasText: t.inTheStory }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(links, e.id).toEqual(step ? [at(`/#${step.id}`)] : []);
				told += links.length;
			}
			expect(told).toBeGreaterThan(30);
			// A chapter filter: an anchor without JavaScript (CSS :target), a filter with it.
			const syria = content.story.chapters.find((c) => c.id === 'syria')!.title;
			await page.getByRole('navigation', { name: t.filters }).getByRole('link', { name: syria }).click();
			await expect(page).toHaveURL(/#syria$/);
			await expect(page.locator('section.group#syria')).toBeVisible();
			await expect(page.locator('section.group#invasion')).toBeHidden();
			await expect(page.locator('section.group#offensive')).toBeHidden();
			await page.getByRole('link', { name: t.allChapters }).click();
			await expect(page.locator('section.group#invasion')).toBeVisible();
			await expect(page.locator('section.group#offensive')).toBeVisible();
		});

		test('classroom: objectives, at least 12 questions across the chapters, and a glossary of at least 15 terms', { tag: '@editions' }, async ({ page, at, content, pagesUi }) => {
			await page.goto(at('/classroom/'));
			await expect(page.locator('#objectives').locator('..').locator('li')).not.toHaveCount(0);
			const questions = page.locator('ol.questions > li');
			expect(await questions.count()).toBeGreaterThanOrEqual(12);
			expect(await page.locator('h3[id^="questions-"]').count()).toBe(story.chapters.length);
			await expect(page.locator('.questions .kind', { hasText: pagesUi.classroom.kinds['competing-explanations'] }).first()).toBeVisible();
			const terms = page.locator('dl.glossary > dt');
			expect(await terms.count()).toBeGreaterThanOrEqual(15);
			expect(await page.locator('dl.glossary > dd').count()).toBe(await terms.count());
			// The terms the issue asked for, by id: each is in the edition's glossary, and on the page under its own name.
			const byId = new Map(content.classroom.glossary.map((g) => [g.id, g.term]));
			for (const id of ['sunni', 'shia', 'baath-party', 'cpa', 'de-baathification', 'awakening', 'al-qaeda-in-iraq', 'isil', 'peshmerga', 'krg', 'idp', 'surge', 'sofa', 'caliphate', 'governorate']) {
				expect(byId.has(id), `glossary term ${id}`).toBe(true);
				await expect(page.locator(`dt#term-${id}`)).toHaveText(byId.get(id)!);
			}
		});

		test('reading edition: the whole story, one figure per picture, sources, and a citation', { tag: '@editions' }, async ({ page, at, content, ui }) => {
			const shapesFile = page.waitForResponse((r) => new URL(r.url()).pathname === '/basemap.svg');
			await page.goto(at('/read/'));
			for (const s of story.steps) await expect(page.locator(`.read-step#${s.id}`)).toHaveCount(1);
			const figures = page.locator('figure.read-figure');
			await expect(figures).toHaveCount(pictureGroups(story).length);
			for (const f of (await figures.all()).slice(0, 40)) {
				await expect(f.locator('figcaption')).toHaveText(new RegExp(`^(${ui.view.map}|${ui.view.chart}): .{20,}`));
				expect(await f.locator('use.country, path.bar').count()).toBeGreaterThan(0);
			}
			// The map shapes load (without JavaScript too), and every shape the figures draw is in them.
			const shapes = await shapesFile;
			expect(shapes.status()).toBe(200);
			const ids = new Set([...(await shapes.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
			const used = await page.locator('figure.read-figure use').evaluateAll((us) => [...new Set(us.map((u) => u.getAttribute('href')!))]);
			expect(used.length).toBeGreaterThan(20);
			expect(used.filter((href) => !href.startsWith('/basemap.svg#') || !ids.has(href.split('#')[1]))).toEqual([]);
			const words = story.steps.reduce((n, s) => n + countWords(s.plain), 0);
			await expect(page.locator('.byline')).toContainText(fill(ui.minRead, { n: Math.ceil(words / 200) }));
			await expect(page.locator('[data-citation="APA"]')).toContainText(content.story.title);
		});
	});
}

/** Today on the page's clock, as the edition's Chicago citation writes it ("November 30, 2026", "30 نوفمبر 2026"). */
async function today(page: Page, edition: string) {
	const iso = await page.evaluate(() => {
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
	return edition === 'ar' ? formatDate(iso, 'ar') : new Date(`${iso}T12:00:00`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
}

test('story: numbered source marks lead to their entries on the sources page', { tag: '@editions' }, async ({ page, at }) => {
	await page.goto(at('/'));
	const marks = page.locator('[data-step] .mark');
	expect(await marks.count()).toBeGreaterThanOrEqual(story.steps.length);
	const hrefs = new Set(await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
	await page.goto(at('/sources/'));
	for (const href of hrefs) {
		expect(href).toMatch(new RegExp(`^${at('/sources/')}#[a-z0-9-]+$`));
		await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
	}
});

// Minutes are counted on the English words in both editions: the same story takes the same time.
test('story: a reading time beside the title, from the words of the story', { tag: '@editions' }, async ({ page, at, ui }) => {
	await page.goto(at('/'));
	const words = story.steps.reduce((n, s) => n + countWords(s.plain), 0);
	await expect(page.locator('.intro .byline')).toContainText(fill(ui.minRead, { n: Math.ceil(words / 200) }));
});

test('glossary terms: linked on first use, defined on hover, focus and tap, dismissed with Escape', { tag: '@editions' }, async ({ page, at }, testInfo) => {
	await page.goto(at('/'));
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	const terms = page.locator('[data-step] a.term');
	expect(await terms.count()).toBeGreaterThanOrEqual(15);
	const ids = await terms.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(ids).size).toBe(ids.length);
	const term = terms.first();
	const def = page.locator(`#${await term.getAttribute('aria-describedby')}`);
	await expect(def).toHaveAttribute('role', 'tooltip');
	await term.scrollIntoViewIfNeeded();
	await expect(def).toBeHidden();
	if (testInfo.project.name.startsWith('phone')) {
		// A tap opens the definition rather than leaving the story; a second tap follows the link.
		await term.tap();
		await expect(def).toBeVisible();
		await expect(page).toHaveURL(/\/$/);
		await page.locator('h1').tap();
		await expect(def).toBeHidden();
	} else {
		await term.hover();
		await expect(def).toBeVisible();
		await page.mouse.move(5, 5);
		await expect(def).toBeHidden();
		await term.focus();
		await expect(def).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(def).toBeHidden();
		await term.click();
		await expect(page).toHaveURL(new RegExp(`${at('/classroom/')}#term-`));
		await expect(page.locator(`dt${new URL(page.url()).hash}`)).toBeVisible();
	}
});

for (const path of ['/', '/read/']) {
	test(`cite this (${path}): three styles with the page's address and today's date, copied with one click`, { tag: '@editions' }, async ({ page, context, baseURL, at, edition, ui }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(at(path));
		const date = await today(page, edition);
		for (const style of ['APA', 'MLA', 'Chicago']) {
			const text = page.locator(`[data-citation="${style}"]`);
			await expect(text).toContainText(`${style === 'MLA' ? baseURL!.replace(/^https?:\/\//, '') : baseURL}${at(path)}`);
		}
		await expect(page.locator('[data-citation="Chicago"]')).toContainText(`${edition === 'ar' ? 'تاريخ الاطلاع' : 'Accessed'} ${date}`);
		await page.getByRole('button', { name: fill(ui.copy, { style: 'APA' }) }).click();
		await expect(page.getByRole('status').filter({ hasText: fill(ui.copied, { style: 'APA' }) })).toHaveCount(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await page.locator('[data-citation="APA"]').textContent())!.trim());
	});
}

// A PDF is the same from any viewport (the page size is the paper's), so it is made once.
test('the reading edition prints on at most 20 pages, A4 or Letter, with no sticky parts and link addresses shown', { tag: ['@once', '@editions'] }, async ({ page, at }, testInfo) => {
	await page.goto(at('/read/'));
	await page.waitForLoadState('networkidle');
	await page.emulateMedia({ media: 'print' });
	const sticky = await page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position)).length);
	expect(sticky).toBe(0);
	// Printed, an outside link is followed by its address; on screen it is not.
	const link = page.locator('.read-step a[href^="http"]:not(.raw)').first();
	const href = (await link.getAttribute('href'))!;
	const after = () => link.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(await after()).toBe(`" (${href})"`);
	for (const format of ['A4', 'Letter'] as const) {
		const pdf = await page.pdf({ format, printBackground: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
		expect(pages, format).toBeGreaterThan(5);
		expect(pages, format).toBeLessThanOrEqual(20);
		if (format === 'A4') await testInfo.attach('reading-edition.pdf', { body: pdf, contentType: 'application/pdf' });
	}
	await page.emulateMedia({ media: 'screen' });
	expect(await after()).toBe('none');
});
