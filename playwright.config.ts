import { defineConfig, devices } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/browser';

const executablePath = chromiumPath();
if (!executablePath)
	console.warn(
		'No Chromium found at CHROMIUM_PATH or /usr/bin/chromium: using Playwright’s own browsers. ' +
			'If none is installed, run `apt-get install chromium` (Debian) or `npx playwright install chromium`.'
	);
const launchOptions = { executablePath, args: executablePath ? CHROMIUM_ARGS : [] };
// E2E_PORT lets a second checkout run its tests beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions },
	webServer: {
		command: `npm run build && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 120_000
	},
	projects: [
		{ name: 'phone', use: { ...devices['Desktop Chrome'], viewport: { width: 390, height: 844 }, isMobile: false, hasTouch: true, deviceScaleFactor: 2 } },
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }
	]
});
