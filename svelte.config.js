import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const base = process.env.BASE_PATH ?? '';
// Where the site will be served, for absolute addresses: share cards, oEmbed, canonical links, citations.
const origin = process.env.SITE_ORIGIN ?? 'http://localhost:4173';
if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`SITE_ORIGIN must be like https://example.org, got "${origin}"`);
if (base && !/^\/[\w\-/]*[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must start with "/" and not end with one, got "${base}"`);
}

// app.html's one inline script (it applies ?theme= before the first paint) is allowed by its hash.
const themeScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';
const themeHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	// No `window.__svelte.v` registration: it is a chunk of its own, one more request for every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		// BUILD_DIR and SVELTEKIT_OUT_DIR let a second build (the base-path test) sit beside the first.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		// The root layout registers src/service-worker.ts on the site's pages; an embed never does.
		serviceWorker: { register: false },
		paths: { base, relative: false },
		alias: { $content: 'src/content' },
		// The stylesheet (about 5 KB gzipped) goes inside each page, so nothing blocks the first paint.
		inlineStyleThreshold: 25_000,
		// A strict policy: scripts only from this origin or by hash, no plugins, nothing from other hosts.
		// Styles allow inline attributes, which the graphic's positions and transforms use.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', themeHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// The Arabic edition is linked from every English page, and listed here so it is built even if it were not.
		prerender: { origin, entries: ['*', '/ar/'], handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
