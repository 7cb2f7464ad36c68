import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory } from './parseStory';
import { parsePlaces } from '../data/places';

/**
 * Lets modules `import story from '$content/story.aml'`: the file is parsed and validated at build
 * time, so a mistake in the copy stops `vite build` and `vite dev` with its file and line.
 */
export function archieml(placesCsv: string): Plugin {
	return {
		name: 'archieml-story',
		transform(code, id) {
			if (!id.endsWith('.aml')) return null;
			const places = new Set(parsePlaces(readFileSync(placesCsv, 'utf8')).map((p) => p.name));
			this.addWatchFile(placesCsv);
			const story = parseStory(code, relative(process.cwd(), id), places);
			return { code: `export default ${JSON.stringify(story)};`, map: null };
		}
	};
}
