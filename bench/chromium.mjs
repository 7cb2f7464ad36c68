// Which Chromium to use, and the flags it needs here (root, no network, no GPU). The tests' browser
// (tests/e2e/browser.ts) uses the same flags.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/**
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium. Throws with the fix when neither exists, so a
 * missing browser is a clear measurement failure rather than a Playwright download error.
 * @returns {string}
 */
export function chromiumPath() {
	const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(path)) {
		const where = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : '/usr/bin/chromium';
		throw new Error(
			`Chromium not found at ${where}. Install it with \`apt-get install -y chromium\` ` +
				'(Debian), or set CHROMIUM_PATH to a Chromium/Chrome binary.'
		);
	}
	return path;
}

/**
 * A page on an emulated mid-range phone: 390×844 at 2×, touch, and the CPU slowed 4× through the
 * DevTools protocol from before anything loads. Close the returned context when done.
 * @param {import('playwright-core').Browser} browser
 */
export async function slowPhonePage(browser) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { context, page };
}
