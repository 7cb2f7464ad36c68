/**
 * The content of each edition as the site's pages serve it: the story with glossary terms linked
 * where it first uses them, the other pages' words and the timeline's events.
 */
import { base } from '$app/paths';
import story from '$content/story.aml';
import classroom from '$content/classroom.aml';
import methodology from '$content/methodology.aml';
import datasets from '$content/datasets.aml';
import timeline from '$content/timeline.aml';
import arStory from '$content/ar/story.aml';
import arClassroom from '$content/ar/classroom.aml';
import arMethodology from '$content/ar/methodology.aml';
import arDatasets from '$content/ar/datasets.aml';
import arTimeline from '$content/ar/timeline.aml';
import arEvents from '$content/ar/events.aml';
import { events } from '$lib/data/events.server';
import type { TimelineEvent } from '$lib/data/events';
import { prefixOf, type Lang } from '$lib/i18n';
import { linkGlossary } from './glossary';
import type { Classroom, Dataset, Methodology, TimelineNotes } from './pages';
import { sourceLineHtml } from './sourceLine';
import { sourceNumbers } from './story';
import type { Story } from './types';

export interface Edition {
	lang: Lang;
	story: Story;
	/** The story with each glossary term linked where the story first uses it. */
	linkedStory: Story;
	classroom: Classroom;
	methodology: Methodology;
	datasets: Dataset[];
	timeline: TimelineNotes;
	events: TimelineEvent[];
}

function edition(lang: Lang, parts: Omit<Edition, 'lang' | 'linkedStory'>): Edition {
	const href = (id: string) => `${base}${prefixOf(lang)}/classroom/#term-${id}`;
	const linkedStory = { ...parts.story, steps: linkGlossary(parts.story.steps, parts.classroom.glossary, href, lang).steps };
	return { lang, linkedStory, ...parts };
}

export const editions: Record<Lang, Edition> = {
	en: edition('en', { story, classroom, methodology, datasets, timeline, events }),
	ar: edition('ar', { story: arStory, classroom: arClassroom, methodology: arMethodology, datasets: arDatasets, timeline: arTimeline, events: arEvents })
};

/** The English edition's story and classroom, for what is not per edition (the figures' files, the share cards). */
export { story, classroom };
export const linkedStory = editions.en.linkedStory;

/**
 * A story for a scrolling page's inline data, which carries only what the page draws: each step's
 * text with its sources line written in (so the sources list stays here), and no plain text (that is
 * for counting words). The shapes come from /basemap.svg.
 */
export function storyForPage(s: Story, lang: Lang): Story {
	const sources = new Map(s.sources.map((x) => [x.id, x]));
	const numbers = sourceNumbers(s);
	return { ...s, sources: [], steps: s.steps.map((step) => ({ ...step, plain: '', html: step.html + sourceLineHtml(step, sources, numbers, base, lang) })) };
}

/**
 * A story for the scrolling page's inline data, without its words: the page's server HTML has them
 * (`$lib/server/storyText`), and the browser needs only what the graphic and the controls use.
 */
export const storyWithoutText = (s: Story): Story => ({ ...s, sources: [], steps: s.steps.map((step) => ({ ...step, html: '', plain: '' })) });
