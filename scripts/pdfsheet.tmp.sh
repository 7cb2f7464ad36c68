set -e
cd /work/main
node -e "
const { chromium } = require('@playwright/test');
const fs = require('fs');
(async () => {
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto('http://127.0.0.1:4174/read/');
await p.waitForLoadState('networkidle');
await p.waitForTimeout(500);
fs.writeFileSync('shots/read-a4.pdf', await p.pdf({ format: 'A4', printBackground: true }));
fs.writeFileSync('shots/read-letter.pdf', await p.pdf({ format: 'Letter', printBackground: true }));
await b.close();
})();
"
cd shots && rm -f pdf-*.png && pdftoppm -r ${DPI:-40} -png read-a4.pdf pdf && ls pdf-*.png | wc -l
python3 - <<'PY'
import glob
imgs=sorted(glob.glob('pdf-*.png'))
w=int(__import__('os').environ.get('W','190'))
open('sheet.html','w').write('<html><body style="margin:0;background:#777;display:flex;flex-wrap:wrap;gap:6px;width:1400px">'+''.join(f'<img src="{i}" style="width:{w}px;border:1px solid #000">' for i in imgs)+'</body></html>')
PY
cd .. && node scripts/probe.tmp.mjs
