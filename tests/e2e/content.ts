// The story as the content files define it, in each edition, read independently of the page under test.
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/lib/content/parseStory';
import { parseStoryTranslation, parseEventsTranslation } from '../../src/lib/content/translation';
import { parseClassroom, parseMethodology } from '../../src/lib/content/pages';
import { parsePlaces } from '../../src/lib/data/places';
import { parseEvents } from '../../src/lib/data/events';
import { UI } from '../../src/lib/i18n/ui';
import type { Lang } from '../../src/lib/i18n';

const file = 'src/content/story.aml';
const read = (path: string) => readFileSync(path, 'utf8');
const places = parsePlaces(read('src/lib/data/places.csv'));
export const story = parseStory(read(file), file, new Set(places.map((p) => p.name)));
const events = parseEvents(read('src/lib/data/events.csv'));
const refs = { sourceIds: new Set(story.sources.map((s) => s.id)), chapterIds: new Set(story.chapters.map((c) => c.id)), eventIds: new Set(events.map((e) => e.id)) };

/** The content of an edition: its story, events, glossary and counts of the dead. */
function load(lang: Lang) {
	const dir = lang === 'en' ? 'src/content' : `src/content/${lang}`;
	const s = lang === 'en' ? story : parseStoryTranslation(read(`${dir}/story.aml`), `${dir}/story.aml`, story, file, new Map(places.map((p) => [p.name, p.ar])));
	return {
		story: s,
		events: lang === 'en' ? events : parseEventsTranslation(read(`${dir}/events.aml`), `${dir}/events.aml`, events, 'events.csv'),
		classroom: parseClassroom(read(`${dir}/classroom.aml`), `${dir}/classroom.aml`, refs),
		methodology: parseMethodology(read(`${dir}/methodology.aml`), `${dir}/methodology.aml`, refs),
		/** Each step with the accessible name its picture should carry. */
		expectedSteps: s.steps.map((x) => ({ id: x.id, view: x.view, alt: `${UI[lang].view[x.view]}: ${x.alt}` }))
	};
}
export type EditionContent = ReturnType<typeof load>;
const cache = new Map<Lang, EditionContent>();
export const contentOf = (lang: Lang) => cache.get(lang) ?? cache.set(lang, load(lang)).get(lang)!;

/** The English edition's steps, for the tests that run on it alone. */
export const expectedSteps = contentOf('en').expectedSteps;
