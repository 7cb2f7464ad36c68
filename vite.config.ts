import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { resolve } from 'node:path';
import { archieml } from './src/lib/content/amlPlugin.ts';
import { pictureStylesheet } from './src/lib/graphic/cssPlugin.ts';

/**
 * The story page's script (src/lib/story/main.ts; src/lib/server/storyScript.ts links it) as one
 * more entry of SvelteKit's client build, the one with its `entry/start`: it shares that build's
 * chunks (Svelte, the graphic) and their hashed names.
 */
function storyEntry(): Plugin {
	return {
		name: 'story-entry',
		apply: 'build',
		options(options) {
			const input = options.input;
			if (!input || typeof input !== 'object' || Array.isArray(input) || !('entry/start' in input)) return;
			return { ...options, input: { ...input, 'entry/story': resolve('src/lib/story/main.ts') } };
		}
	};
}

/**
 * V8's explicit compile hint at the top of every script of the browser's build: Chromium then
 * compiles each function of the file as the file streams in, on a background thread, rather than on
 * the page's main thread the first time the function runs. Every chunk here runs as some page starts
 * (the app has no dynamic imports of its own; SvelteKit's route nodes load as a page starts), and
 * much of each runs with it (README, Performance: 90 % of the graphic's functions, 44 % of
 * Svelte's). Added last, once minification (which drops comments) and Vite's own additions at the
 * top of a file are done, so the files' hashed names are those of the code without it (a comment,
 * it changes no behaviour). The server's build is left alone.
 */
function compileHints(): Plugin {
	const HINT = '//# allFunctionsCalledOnLoad\n';
	return {
		name: 'compile-hints',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = HINT + file.code;
			}
		}
	};
}

export default defineConfig({
	plugins: [storyEntry(), compileHints(), pictureStylesheet(), archieml({ places: 'src/lib/data/places.csv', events: 'src/lib/data/events.csv', story: 'src/content/story.aml' }), sveltekit()],
	// SvelteKit prerenders every page, figure file and share card inside its writeBundle hook, so that
	// hook is most of the build by design; Rolldown's note that a plugin took most of the time would
	// print on every build and say nothing new.
	// No module preload links from Vite's dynamic-import helper either (src/hooks.server.ts drops
	// SvelteKit's from the HTML): when SvelteKit starts, the helper added one <link> per chunk of the
	// page, about 40 ms of the start-up task at 4× CPU. The browser asks for a chunk's imports as soon
	// as it has parsed the chunk, so the chunks still load in parallel, a level at a time.
	build: { modulePreload: false, rolldownOptions: { checks: { bundlerTimings: false } } },
	// scrollama's ES module source (src/lib/scroll/scroller.ts) imports its files without extensions,
	// which Node cannot load: the server build bundles it instead.
	ssr: { noExternal: ['scrollama'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
