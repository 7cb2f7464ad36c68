import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { expect, test } from '@playwright/test';
import { brokenLinks, fileFor } from './build-links';
import { expectedSteps } from './content';

const BASE = '/graphics/iraq-2014';
const DIR = 'build-base';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

// One build, checked once (@once: desktop only, playwright.config.ts).
test.describe('built under BASE_PATH', { tag: '@once' }, () => {
	test.describe.configure({ mode: 'serial' });
	let server: Server;
	let origin = '';

	test.beforeAll(async ({}, testInfo) => {
		// A production build: a few seconds alone, several times that on a machine shared with the
		// other worker's browser and a second job.
		testInfo.setTimeout(240_000);
		// A separate build beside the one under test, served from a sub-path as a newsroom would host it.
		server = createServer((req, res) => {
			const path = new URL(req.url!, 'http://x').pathname;
			const file = path.startsWith(`${BASE}/`) ? fileFor(DIR, path.slice(BASE.length)) : null;
			if (!file) return void res.writeHead(404).end('not found');
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
		});
		await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
		const address = server.address();
		origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
		execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: DIR, SVELTEKIT_OUT_DIR: '.svelte-kit-base', SITE_ORIGIN: origin },
			stdio: 'pipe',
			timeout: 200_000
		});
	});

	test.afterAll(() => server?.close());

	test('every link, script, style and image in every page is under the base path and exists', () => {
		expect(brokenLinks(DIR, BASE)).toEqual([]);
		const html = readFileSync(`${DIR}/index.html`, 'utf8');
		expect(html).toContain(`${BASE}/_app/immutable/`);
		expect(html).toContain(`<meta property="og:image" content="${origin}${BASE}/share/story.png"`);
	});

	test('the story loads, hydrates and draws from the base path, asking for nothing outside it', async ({ page }) => {
		const failed: string[] = [];
		page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
		page.on('request', (r) => !r.url().startsWith(`${origin}${BASE}/`) && failed.push(`outside: ${r.url()}`));
		const shapesFile: string[] = [];
		page.on('request', (r) => r.url() === `${origin}${BASE}/basemap.svg` && shapesFile.push(r.url()));
		await page.goto(`${origin}${BASE}/#${expectedSteps[3]!.id}`);
		const graphic = page.locator('[data-graphic]').first();
		await expect(graphic).toHaveAttribute('data-active-step', expectedSteps[3]!.id);
		// The map's shapes, from the file under the base path, drawn.
		const country = graphic.locator('.basemap-layer.on use.country').first();
		await expect(country).toBeAttached();
		await expect.poll(() => country.evaluate((u) => (u as SVGUseElement).getBBox().width)).toBeGreaterThan(0);
		expect(shapesFile).toHaveLength(1);
		for (const path of ['/read/', '/sources/', '/embed/', '/embed-code/']) {
			await page.goto(`${origin}${BASE}${path}`);
			await expect(page.locator('h1').first()).toBeVisible();
			await page.waitForLoadState('networkidle');
		}
		expect(failed).toEqual([]);
	});

	test('the offline worker works under the base path: its scope, the pages it keeps, a page opened offline', async ({ page, context }) => {
		await page.goto(`${origin}${BASE}/classroom/`);
		const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
		expect(scope).toBe(`${origin}${BASE}/`);
		await expect.poll(() => page.evaluate((base) => caches.match(`${base}/ar/read/`).then(Boolean), BASE)).toBe(true);
		await context.setOffline(true);
		await page.goto(`${origin}${BASE}/read/`);
		await expect(page.locator('figure.read-figure use.country').first()).toBeAttached();
		await context.setOffline(false);
	});
});
