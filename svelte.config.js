import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const base = process.env.BASE_PATH ?? '';
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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};
