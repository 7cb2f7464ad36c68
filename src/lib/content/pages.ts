/**
 * Parsers for the content files behind the site's other pages: the teacher's guide, the methods
 * note on casualty counts, the datasets, and the timeline's caveats. Like the story, each is
 * validated at build time and a mistake is reported as `file:line: message`.
 */
import * as v from 'valibot';
import { ContentError } from './ContentError.ts';
import { locate, type PathKey } from './locate.ts';
import { toHtml, toInline, toPlain } from './markup.ts';
import { splitList } from './parseStory.ts';
import { check, httpUrl, loadAml, slug, text } from './schema.ts';

/** What the other files may refer to: the story's sources and chapters, and the events. */
export interface ContentRefs {
	sourceIds: ReadonlySet<string>;
	chapterIds: ReadonlySet<string>;
	eventIds?: ReadonlySet<string>;
}

export interface Question {
	/** The id of one of the story's chapters. */
	chapter: string;
	html: string;
	kind: (typeof QUESTION_KINDS)[number];
	/** The answer key's entry, HTML: what a good answer contains, from the story and its sources. */
	answer: string;
}

export interface GlossaryTerm {
	id: string;
	term: string;
	/** The other forms of the term as the story writes them. */
	also: string[];
	html: string;
	/** The definition without markup, for the story's pop-ups. */
	plain: string;
	sources: string[];
}

export interface Classroom {
	intro: string;
	/** What the story describes that a teacher should know before assigning it, HTML. */
	contentNote: string;
	objectives: string[];
	questions: Question[];
	glossary: GlossaryTerm[];
}

export interface Count {
	id: string;
	name: string;
	kind: string;
	measures: string;
	period: string;
	figure: string;
	caveat: string;
	source?: string;
	url?: string;
}

export interface Methodology {
	intro: string;
	counts: Count[];
	outro: string;
}

export interface Dataset {
	id: string;
	name: string;
	html: string;
	/** HTML. */
	licence: string;
	url?: string;
}

export interface TimelineNotes {
	intro: string;
	caveats: { event: string; html: string }[];
}

export const QUESTION_KINDS = ['recall', 'analysis', 'competing-explanations', 'sources'] as const;

const optional = v.optional(v.pipe(v.string(), v.trim()), '');

function parser<S extends v.GenericSchema>(schema: S) {
	return (source: string, file: string) => {
		const fail = (path: readonly PathKey[], message: string): never => {
			throw new ContentError(file, locate(source, path), message);
		};
		return { doc: check(schema, loadAml(source, file), [], fail) as v.InferOutput<S>, fail };
	};
}

function checkSources(ids: string[], refs: ContentRefs, at: PathKey[], fail: (p: readonly PathKey[], m: string) => never) {
	for (const id of ids) if (!refs.sourceIds.has(id)) fail(at, `unknown source "${id}"`);
}

function uniqueIds(items: { id: string }[], list: string, fail: (p: readonly PathKey[], m: string) => never) {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (seen.has(item.id)) fail([list, i, 'id'], `duplicate id "${item.id}"`);
		seen.add(item.id);
	});
}

const readClassroom = parser(
	v.object({
		intro: text('intro'),
		contentNote: text('content note'),
		objectives: v.pipe(v.array(text('objective'), 'missing [objectives] list'), v.minLength(1, 'no objectives')),
		questions: v.array(
			v.object({
				chapter: text('question chapter'),
				text: text('question text'),
				kind: v.picklist(QUESTION_KINDS, (i) => `unknown question kind "${i.input}"`),
				answer: text('answer')
			}),
			'missing [questions] list'
		),
		glossary: v.array(
			v.object({ id: slug('term id'), term: text('term'), also: optional, definition: text('definition'), sources: optional }),
			'missing [glossary] list'
		)
	})
);

export function parseClassroom(source: string, file: string, refs: ContentRefs): Classroom {
	const { doc, fail } = readClassroom(source, file);
	uniqueIds(doc.glossary, 'glossary', fail);
	return {
		intro: toHtml(doc.intro),
		contentNote: toHtml(doc.contentNote),
		objectives: doc.objectives.map(toInline),
		questions: doc.questions.map((q, i) => {
			if (!refs.chapterIds.has(q.chapter)) fail(['questions', i, 'chapter'], `unknown chapter "${q.chapter}"`);
			return { chapter: q.chapter, kind: q.kind, html: toInline(q.text), answer: toInline(q.answer) };
		}),
		glossary: doc.glossary.map((g, i) => {
			const sources = splitList(g.sources);
			checkSources(sources, refs, ['glossary', i, 'sources'], fail);
			return { id: g.id, term: g.term, also: splitList(g.also), html: toInline(g.definition), plain: toPlain(g.definition), sources };
		})
	};
}

const readMethodology = parser(
	v.object({
		intro: text('intro'),
		counts: v.pipe(
			v.array(
				v.object({
					id: slug('count id'),
					name: text('name'),
					kind: text('kind'),
					measures: text('measures'),
					period: text('period'),
					figure: optional,
					caveat: text('caveat'),
					source: optional,
					url: v.optional(v.union([v.literal(''), httpUrl('url')]), '')
				}),
				'missing [counts] list'
			),
			v.minLength(1, 'no counts')
		),
		outro: text('outro')
	})
);

export function parseMethodology(source: string, file: string, refs: ContentRefs): Methodology {
	const { doc, fail } = readMethodology(source, file);
	uniqueIds(doc.counts, 'counts', fail);
	return {
		intro: toHtml(doc.intro),
		outro: toHtml(doc.outro),
		counts: doc.counts.map((c, i) => {
			if (c.source) checkSources([c.source], refs, ['counts', i, 'source'], fail);
			const { source: s, url, ...rest } = c;
			return { ...rest, ...(s ? { source: s } : {}), ...(url ? { url } : {}) };
		})
	};
}

const readDatasets = parser(
	v.object({
		datasets: v.pipe(
			v.array(v.object({ id: slug('dataset id'), name: text('name'), about: text('about'), licence: text('licence'), url: v.optional(httpUrl('url')) }), 'missing [datasets] list'),
			v.minLength(1, 'no datasets')
		)
	})
);

export function parseDatasets(source: string, file: string): Dataset[] {
	const { doc, fail } = readDatasets(source, file);
	uniqueIds(doc.datasets, 'datasets', fail);
	return doc.datasets.map((d) => ({ id: d.id, name: d.name, html: toHtml(d.about), licence: toInline(d.licence), ...(d.url ? { url: d.url } : {}) }));
}

const readTimeline = parser(
	v.object({
		intro: text('intro'),
		caveats: v.optional(v.array(v.object({ event: text('event'), note: text('note') }), 'caveats must be a list: [caveats] … []'), [])
	})
);

export function parseTimelineNotes(source: string, file: string, refs: ContentRefs): TimelineNotes {
	const { doc, fail } = readTimeline(source, file);
	return {
		intro: toHtml(doc.intro),
		caveats: doc.caveats.map((c, i) => {
			if (refs.eventIds && !refs.eventIds.has(c.event)) fail(['caveats', i, 'event'], `unknown event "${c.event}"`);
			return { event: c.event, html: toHtml(c.note) };
		})
	};
}
