// Screenshots for looking at the work, at phone and desktop sizes, against a running preview (PORT,
// default 4173): `node scripts/shots.mjs top mosul-falls /sources/ …`. A step id shows the story at
// that step; a path starting with "/" is shot whole (FULL=0 for the first screen only). Writes shots/.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
const port = process.env.PORT ?? 4173;
const ids = process.argv.slice(2);
const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
	const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme: scheme });
	for (const id of ids) {
		const path = id.startsWith('/');
		await page.goto(`http://127.0.0.1:${port}${path ? id : `/${id === 'top' ? '' : '#' + id}`}`);
		await page.waitForTimeout(2500);
		const file = `shots/${name}-${scheme === 'dark' ? 'dark-' : ''}${id.replace(/[^\w-]+/g, '_')}.png`;
		await page.screenshot({ path: file, fullPage: path && process.env.FULL !== '0' });
		console.log(file, path ? '' : `→ active ${await page.getAttribute('[data-graphic]', 'data-active-step', { timeout: 2000 }).catch(() => 'none')}`);
	}
	await page.close();
}
await browser.close();
