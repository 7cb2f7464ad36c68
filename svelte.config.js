import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const base = process.env.BASE_PATH ?? '';
// Where the site will be served, for absolute addresses: share cards, oEmbed, canonical links, citations.
const origin = process.env.SITE_ORIGIN ?? 'http://localhost:4173';
if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`SITE_ORIGIN must be like https://example.org, got "${origin}"`);
if (base && !/^\/[\w\-/]*[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must start with "/" and not end with one, got "${base}"`);
}

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: false },
		alias: { $content: 'src/content' },
		prerender: { origin, handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
