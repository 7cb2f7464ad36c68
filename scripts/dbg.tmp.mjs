import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', m => console.log('console', m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:4173/#down-the-tigris');
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => { const g = document.querySelector('[data-graphic]'); const s = g.querySelector('svg'); const b = g.querySelector('.basemap'); return [g.clientWidth, g.clientHeight, s.getAttribute('width'), s.getAttribute('height'), b.getAttribute('transform')]; }));
await browser.close();
