// `npm run sheet`: writes sheet/index.html, every step's picture at the phone and desktop widths and
// the share cards on one page, for a reviewer to look at after the golden pictures change.
// Vite loads the modules as the build does (aliases, .svelte, the content plugin).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

// Its own SvelteKit folder, so a sheet made during a build or a test run cannot disturb them.
process.env.SVELTEKIT_OUT_DIR ??= '.svelte-kit-sheet';
const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
try {
	const { contactSheet } = await vite.ssrLoadModule('/src/lib/share/sheet.server.ts');
	mkdirSync('sheet', { recursive: true });
	writeFileSync('sheet/index.html', contactSheet());
	console.log('Wrote sheet/index.html');
} finally {
	await vite.close();
}
