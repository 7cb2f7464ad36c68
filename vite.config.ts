import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { archieml } from './src/lib/content/amlPlugin.ts';
import { pictureStylesheet } from './src/lib/graphic/cssPlugin.ts';

export default defineConfig({
	plugins: [pictureStylesheet(), archieml({ places: 'src/lib/data/places.csv', events: 'src/lib/data/events.csv', story: 'src/content/story.aml' }), sveltekit()],
	// SvelteKit prerenders every page, figure file and share card inside its writeBundle hook, so that
	// hook is most of the build by design; Rolldown's note that a plugin took most of the time would
	// print on every build and say nothing new.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	// scrollama's ES module source (src/lib/scroll/scroller.ts) imports its files without extensions,
	// which Node cannot load: the server build bundles it instead.
	ssr: { noExternal: ['scrollama'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
