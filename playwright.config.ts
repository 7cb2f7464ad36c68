import { defineConfig, devices } from '@playwright/test';
import type { EditionFixtures } from './tests/e2e/edition';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/browser';

const executablePath = chromiumPath();
if (!executablePath)
	console.warn(
		'No Chromium found at CHROMIUM_PATH or /usr/bin/chromium: using Playwright’s own browsers. ' +
			'If none is installed, run `apt-get install chromium` (Debian) or `npx playwright install chromium`.'
	);
const launchOptions = { executablePath, args: executablePath ? CHROMIUM_ARGS : [] };
const phone = { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true, deviceScaleFactor: 2 };
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
// E2E_PORT lets a second checkout run its tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig<Pick<EditionFixtures, 'edition'>>({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two workers on a 2-core machine: each drives one Chromium (whose renderer is most of the work),
	// so a third would only queue behind them, and with another job on the machine would starve them.
	workers: 2,
	// Tests wait for conditions, not for time, so they pass on a busy machine without a second try:
	// a retry would only hide a test that cannot be trusted.
	retries: 0,
	forbidOnly: !!process.env.CI,
	// Sized for a 2-core machine shared with another job: the slowest test (the scroll through all 37
	// steps) takes about 10 s alone and 30 s there; a wait for a page's state, under 1 s alone.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: 'list',
	use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions },
	webServer: {
		// One build for every spec (basepath.spec.ts makes its own, under BASE_PATH).
		command: `npm run build && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000
	},
	projects: [
		// @once: tests that do not depend on the viewport (the build on disk, a PDF, widths set by the
		// test itself) run in the desktop project only.
		{ name: 'phone', grepInvert: /@once/, use: phone },
		{ name: 'desktop', use: desktop },
		// The Arabic edition: the tests tagged @editions, again, at /ar/ (tests/e2e/edition.ts).
		{ name: 'phone-ar', grep: /@editions/, grepInvert: /@once/, use: { ...phone, edition: 'ar' } },
		{ name: 'desktop-ar', grep: /@editions/, use: { ...desktop, edition: 'ar' } }
	]
});
