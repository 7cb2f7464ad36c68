/**
 * The address of the story page's own script (src/lib/story/main.ts). The story page is not a
 * SvelteKit app in the browser (its +page.server.ts turns client-side rendering off): vite.config.ts
 * adds this script to the client build as an entry of its own, and the page links to the file the
 * build wrote for it, which SvelteKit's client manifest names. In development, Vite serves the
 * source itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base } from '$app/paths';
import { dev } from '$app/environment';

export const STORY_ENTRY = 'src/lib/story/main.ts';

let built: string | undefined;

export function storyScript(): string {
	if (dev) return `${base}/${STORY_ENTRY}`;
	if (built === undefined) {
		// The client build finishes before any page is prerendered (SVELTEKIT_OUT_DIR: svelte.config.js).
		const file = join(process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit', 'output/client/.vite/manifest.json');
		const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { file: string }>;
		const entry = manifest[STORY_ENTRY];
		if (!entry) throw new Error(`${STORY_ENTRY} is not in the client build (${file}): see vite.config.ts`);
		built = `${base}/${entry.file}`;
	}
	return built;
}
