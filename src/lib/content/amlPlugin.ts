import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory } from './parseStory.ts';
import { parseClassroom, parseDatasets, parseMethodology, parseTimelineNotes } from './pages.ts';
import { parsePlaces } from '../data/places.ts';
import { checkEventChapters, parseEvents } from '../data/events.ts';

interface Files {
	places: string;
	events: string;
	story: string;
}

/**
 * Lets modules `import story from '$content/story.aml'` (and the other content files): each file is
 * parsed and validated at build time, against the gazetteer, the events and the story's sources and
 * chapters, so a mistake in the copy stops `vite build` and `vite dev` with its file and line.
 */
export function archieml(files: Files): Plugin {
	const read = (path: string) => readFileSync(path, 'utf8');
	const refs = () => {
		const places = new Set(parsePlaces(read(files.places)).map((p) => p.name));
		const events = parseEvents(read(files.events));
		const eventIds = new Set(events.map((e) => e.id));
		const story = parseStory(read(files.story), files.story, places, eventIds);
		const chapterIds = new Set(story.chapters.map((c) => c.id));
		checkEventChapters(events, chapterIds);
		return { places, eventIds, sourceIds: new Set(story.sources.map((s) => s.id)), chapterIds };
	};
	return {
		name: 'archieml-content',
		transform(code, id) {
			if (!id.endsWith('.aml')) return null;
			for (const f of Object.values(files)) this.addWatchFile(f);
			const file = relative(process.cwd(), id);
			const r = refs();
			const parsers: Record<string, () => unknown> = {
				'story.aml': () => parseStory(code, file, r.places, r.eventIds),
				'classroom.aml': () => parseClassroom(code, file, r),
				'methodology.aml': () => parseMethodology(code, file, r),
				'datasets.aml': () => parseDatasets(code, file),
				'timeline.aml': () => parseTimelineNotes(code, file, r)
			};
			const parse = parsers[basename(id)];
			if (!parse) throw new Error(`${file}: no parser for this content file`);
			return { code: `export default ${JSON.stringify(parse())};`, map: null };
		}
	};
}
