import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory } from './parseStory.ts';
import { parseClassroom, parseDatasets, parseMethodology, parseTimelineNotes, type Classroom, type Dataset, type Methodology, type TimelineNotes } from './pages.ts';
import { checkSameEntries, parseEventsTranslation, parseStoryTranslation } from './translation.ts';
import { parsePlaces } from '../data/places.ts';
import { checkEventChapters, parseEvents } from '../data/events.ts';

interface Files {
	places: string;
	events: string;
	story: string;
}

/** The folders of the other editions' copy, under the English copy's folder: `src/content/ar/`. */
const EDITIONS = ['ar'];

type Parsers = Record<string, (code: string, file: string) => unknown>;

/**
 * Lets modules `import story from '$content/story.aml'` (and the other content files, and their
 * Arabic editions under `$content/ar/`): each file is parsed and validated at build time, against the
 * gazetteer, the events and the story's sources and chapters, so a mistake in the copy stops
 * `vite build` and `vite dev` with its file and line. A translation is also checked against its
 * English file: the same steps, sources, pictures and entries.
 */
export function archieml(files: Files): Plugin {
	const read = (path: string) => readFileSync(path, 'utf8');
	const contentDir = dirname(files.story);
	const refs = () => {
		const gazetteer = parsePlaces(read(files.places));
		const places = new Set(gazetteer.map((p) => p.name));
		const events = parseEvents(read(files.events));
		const eventIds = new Set(events.map((e) => e.id));
		const story = parseStory(read(files.story), files.story, places, eventIds);
		const chapterIds = new Set(story.chapters.map((c) => c.id));
		checkEventChapters(events, chapterIds);
		const arabicNames = new Map(gazetteer.map((p) => [p.name, p.ar]));
		return { places, events, eventIds, story, arabicNames, sourceIds: new Set(story.sources.map((s) => s.id)), chapterIds };
	};

	const english = (r: ReturnType<typeof refs>): Parsers => ({
		'story.aml': (code, file) => parseStory(code, file, r.places, r.eventIds),
		'classroom.aml': (code, file) => parseClassroom(code, file, r),
		'methodology.aml': (code, file) => parseMethodology(code, file, r),
		'datasets.aml': (code, file) => parseDatasets(code, file),
		'timeline.aml': (code, file) => parseTimelineNotes(code, file, r)
	});

	/** A translated file: parsed like its English file, then held to the same entries. */
	const translated = (r: ReturnType<typeof refs>): Parsers => {
		const en = english(r);
		const enFile = (name: string) => join(contentDir, name);
		/** Parses a translated file like its English one, then holds it to the English file's entries, each list in turn. */
		const same =
			<T>(name: string, lists: [what: string, path: string, ids: (parsed: T) => string[]][]) =>
			(code: string, file: string) => {
				const parsed = en[name]!(code, file) as T;
				const english = en[name]!(read(enFile(name)), enFile(name)) as T;
				for (const [what, path, ids] of lists) checkSameEntries(code, file, enFile(name), what, path, ids(english), ids(parsed));
				return parsed;
			};
		return {
			'story.aml': (code, file) => parseStoryTranslation(code, file, r.story, files.story, r.arabicNames),
			'events.aml': (code, file) => parseEventsTranslation(code, file, r.events, files.events),
			'classroom.aml': same<Classroom>('classroom.aml', [
				['glossary term', 'glossary', (x) => x.glossary.map((g) => g.id)],
				['question', 'questions', (x) => x.questions.map((q) => `${q.chapter} ${q.kind}`)]
			]),
			'methodology.aml': same<Methodology>('methodology.aml', [['count', 'counts', (x) => x.counts.map((c) => c.id)]]),
			'datasets.aml': same<Dataset[]>('datasets.aml', [['dataset', 'datasets', (x) => x.map((d) => d.id)]]),
			'timeline.aml': same<TimelineNotes>('timeline.aml', [['caveat for event', 'caveats', (x) => x.caveats.map((c) => c.event)]])
		};
	};

	/** The parser for a content file, by its path, or undefined for a file that is not one. */
	const parserFor = (id: string) => {
		const r = refs();
		const edition = basename(dirname(id));
		const isTranslation = EDITIONS.includes(edition) && relative(contentDir, dirname(id)) === edition;
		return { isTranslation, parse: (isTranslation ? translated(r) : english(r))[basename(id)] };
	};

	return {
		name: 'archieml-content',
		transform(code, id) {
			if (!id.endsWith('.aml')) return null;
			for (const f of Object.values(files)) this.addWatchFile(f);
			const file = relative(process.cwd(), id);
			const { isTranslation, parse } = parserFor(id);
			if (isTranslation) for (const name of ['story.aml', 'classroom.aml', 'methodology.aml', 'datasets.aml', 'timeline.aml']) this.addWatchFile(join(contentDir, name));
			if (!parse) throw new Error(`${file}: no parser for this content file`);
			return { code: `export default ${JSON.stringify(parse(code, file))};`, map: null };
		},
		api: {
			/** Parses and checks `code` as the content file at `path`, as the build would (`npm run copy:pull`). */
			check(path: string, code: string, file = path): unknown {
				const { parse } = parserFor(path);
				if (!parse) throw new Error(`${path}: no parser for this content file`);
				return parse(code, file);
			}
		}
	};
}
