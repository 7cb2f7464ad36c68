import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { archieml } from './src/lib/content/amlPlugin.ts';
import { pictureStylesheet } from './src/lib/graphic/cssPlugin.ts';

export default defineConfig({
	plugins: [pictureStylesheet(), archieml({ places: 'src/lib/data/places.csv', events: 'src/lib/data/events.csv', story: 'src/content/story.aml' }), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
