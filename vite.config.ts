import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { archieml } from './src/lib/content/amlPlugin';

export default defineConfig({
	plugins: [archieml('src/lib/data/places.csv'), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
