// Screenshots of chosen steps at phone and desktop sizes, for looking at the work: `node scripts/shots.mjs [step-id…]`
// against a running preview (PORT, default 4173). Writes shots/<size>-<step>.png.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
const port = process.env.PORT ?? 4173;
const ids = process.argv.slice(2);
mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
	const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
	for (const id of ids) {
		await page.goto(`http://127.0.0.1:${port}/${id === 'top' ? '' : '#' + id}`);
		await page.waitForTimeout(1500);
		const active = await page.getAttribute('[data-graphic]', 'data-active-step');
		await page.screenshot({ path: `shots/${name}-${id}.png` });
		console.log(name, id, '→ active', active);
	}
	await page.close();
}
await browser.close();
