// Offline reading for classrooms (src/service-worker.ts): a class opens the site once, loses the
// connection, and still reads every page it needs; a new deploy replaces the copy kept on the device.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fileFor } from './build-links';
import { hydrated } from './story-page';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
/** The pages the worker keeps, in both editions. */
const KEPT = ['/', '/read/', '/timeline/', '/sources/', '/classroom/'].flatMap((p) => [p, `/ar${p}`]);
const version = (dir: string) => (JSON.parse(readFileSync(`${dir}/_app/version.json`, 'utf8')) as { version: string }).version;

/** The cache names in the page's origin, and whether a worker controls the page. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Waits until the worker is active and has kept every page, as the teacher's guide then says. */
async function kept(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate((paths) => Promise.all(paths.map((p) => caches.match(p))).then((hits) => hits.filter((h) => !h).length), KEPT)).toBe(0);
}

// Two builds of the site, served in turn from one origin, as a newsroom deploys a new version over
// the old. Once is enough (@once: desktop only, playwright.config.ts).
test.describe('offline reading', { tag: '@once' }, () => {
	test.describe.configure({ mode: 'serial' });
	let server: Server;
	let root = 'build';
	let origin = '';
	const NEXT = 'build-next';

	test.beforeAll(async ({}, testInfo) => {
		// A second production build: a few seconds alone, several times that on a shared machine.
		testInfo.setTimeout(240_000);
		server = createServer((req, res) => {
			const file = fileFor(root, new URL(req.url!, 'http://x').pathname);
			if (!file) return void res.writeHead(404).end('not found');
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
		});
		await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
		const address = server.address();
		origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
		execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env: { ...process.env, BUILD_DIR: NEXT, SVELTEKIT_OUT_DIR: '.svelte-kit-next' },
			stdio: 'pipe',
			timeout: 200_000
		});
		expect(version(NEXT), 'each build has its own version').not.toBe(version('build'));
	});

	test.afterAll(() => server?.close());

	test('after one visit, every kept page opens whole without a connection, and the guide says so', async ({ page, context }) => {
		test.setTimeout(120_000);
		root = 'build';
		await page.goto(`${origin}/classroom/`);
		await hydrated(page);
		await kept(page);
		// Seen, and said once to a screen reader.
		await expect(page.locator('.offline-note')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: /open without a connection/ })).toHaveCount(1);
		expect(await cacheNames(page)).toEqual([`explainer-${version('build')}`]);

		await context.setOffline(true);
		for (const path of KEPT) {
			await page.goto(`${origin}${path}`);
			await hydrated(page);
			await expect(page.locator('h1').first(), path).toBeVisible();
			// Whole: the words, and on the story and the reading edition, the map drawn from the kept shapes.
			await expect(page.locator('main').first()).toContainText(/\p{L}+ \p{L}+ \p{L}+ \p{L}+/u);
			if (path.endsWith('/read/')) await expect(page.locator('figure.read-figure use.country').first()).toBeAttached();
			if (path === '/' || path === '/ar/') {
				await expect(page.locator('[data-graphic] svg.picture')).toBeVisible();
				await expect.poll(() => page.locator('.basemap-layer use').count(), `${path}: the map's shapes`).toBeGreaterThan(10);
			}
		}
		// Moving between kept pages inside the site works offline too (SvelteKit fetches their data).
		await page.goto(`${origin}/timeline/`);
		await hydrated(page);
		await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources and methods' }).click();
		await expect(page).toHaveURL(`${origin}/sources/`);
		await expect(page.locator('h1')).toHaveText('Sources and methods');
		await context.setOffline(false);
	});

	test('a new deploy replaces the kept copy: the new version is kept, the old one is gone', async ({ page, context }) => {
		test.setTimeout(120_000);
		root = 'build';
		await page.goto(`${origin}/read/`);
		await kept(page);
		expect(await cacheNames(page)).toEqual([`explainer-${version('build')}`]);

		// The newsroom deploys the next build at the same address; the reader comes back once, online.
		root = NEXT;
		await page.goto(`${origin}/read/`);
		await hydrated(page);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toEqual([`explainer-${version(NEXT)}`]);
		await kept(page);

		await context.setOffline(true);
		await page.goto(`${origin}/ar/classroom/`);
		await hydrated(page);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('.offline-note')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: /من دون اتصال/ })).toHaveCount(1);
		await context.setOffline(false);
	});

	test('the guide’s note stays unseen, in its place, until the pages are kept', async ({ page }) => {
		root = NEXT;
		// A browser without workers: the note never shows, and it takes no room.
		await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }));
		await page.goto(`${origin}/classroom/`);
		await hydrated(page);
		await expect(page.locator('.offline-note')).toBeHidden();
		await expect(page.locator('.offline-note')).toHaveAttribute('hidden', '');
	});

	test('the story and an embed install no worker: a reader who only reads the story downloads nothing more', async ({ page }) => {
		root = NEXT;
		// Each test has its own browser context: no worker from the tests above.
		for (const path of ['/', '/ar/', '/embed/', '/embed/syria/']) {
			await page.goto(`${origin}${path}`);
			await hydrated(page);
			await page.waitForLoadState('load');
			// Registration waits for the load event and a task after it: give it that, and more.
			await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
			expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), path).toBe(0);
		}
	});
});
