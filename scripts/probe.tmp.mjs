import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--allow-file-access-from-files'] });
const p = await b.newPage({ viewport: { width: 1400, height: 900 } });
await p.goto('file:///work/main/shots/' + (process.argv[2] ?? 'sheet.html'));
await p.waitForTimeout(500);
await p.screenshot({ path: 'shots/' + (process.argv[3] ?? 'sheet.png'), fullPage: true });
await b.close();
