import * as v from 'valibot';
import { ContentError } from './ContentError.ts';
import { locate, type PathKey } from './locate.ts';
import { check, httpUrl, loadAml, month, optionalText, slug, text } from './schema.ts';
import { countWords, toHtml, toInline, toPlain } from './markup.ts';
import type { Arrow, Chapter, Marker, Source, Step, Story } from './types.ts';
import {
	ALL_GOVERNORATES,
	ARROW_KINDS,
	CAMERAS,
	CHOROPLETH_IDS,
	SERIES_END,
	SERIES_START,
	TONES,
	VIEWS,
	type CameraId
} from './vocabulary.ts';

const SourceSchema = v.object({
	id: slug('source id'),
	title: text('source title'),
	publisher: text('source publisher'),
	// A source's publication (or access) date, never the date of the event it reports; `undated` when
	// neither is known, so that a missing date is a choice the copy states rather than an omission.
	date: v.pipe(text('source date'), v.regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/, 'source date must be YYYY, YYYY-MM, YYYY-MM-DD or undated')),
	url: httpUrl('source url')
});

const ChapterSchema = v.object({
	id: slug('chapter id'),
	label: text('chapter label'),
	title: text('chapter title'),
	years: text('chapter years'),
	deck: text('chapter deck')
});

const StepBase = {
	id: slug('step id'),
	chapter: text('step chapter'),
	text: text('step text'),
	alt: text('step alt text'),
	sources: text('step sources'),
	events: optionalText,
	title: v.pipe(text('step title'), v.maxLength(70, 'title is longer than 70 characters'))
};

const MapStepSchema = v.object({
	...StepBase,
	view: v.literal('map'),
	camera: v.picklist(Object.keys(CAMERAS) as CameraId[], (i) => `unknown camera "${i.input}"`),
	highlight: optionalText,
	tone: v.optional(v.picklist(TONES, (i) => `unknown tone "${i.input}"`), 'neutral'),
	markers: optionalText,
	note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80, 'note is longer than 80 characters'))),
	key: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, 'key is longer than 40 characters'))),
	choropleth: v.optional(v.picklist(CHOROPLETH_IDS, (i) => `unknown choropleth "${i.input}"`)),
	arrows: v.optional(
		v.array(
			v.object({
				kind: v.picklist(ARROW_KINDS, (i) => `unknown arrow kind "${i.input}"`),
				path: text('arrow path'),
				label: optionalText
			}),
			'arrows must be a list: [.arrows] … []'
		),
		[]
	)
});

const ChartStepSchema = v.object({
	...StepBase,
	view: v.literal('chart'),
	from: month('from'),
	to: month('to'),
	troops: v.optional(v.picklist(['true', 'false'], 'troops must be true or false'), 'false'),
	notes: v.optional(
		v.pipe(
			v.array(v.object({ month: month('note month'), label: v.pipe(text('note label'), v.maxLength(48, 'note label is longer than 48 characters')) }), 'notes must be a list: [.notes] … []'),
			v.maxLength(2, 'at most two notes per chart step')
		),
		[]
	)
});

const DocumentSchema = v.object({
	title: text('title'),
	deck: text('deck'),
	byline: text('byline'),
	published: v.pipe(text('published'), v.isoDate('published must be YYYY-MM-DD')),
	kicker: text('kicker'),
	credits: v.object(
		{
			data: text('credits data'),
			short: text('credits short'),
			chart: text('credits chart'),
			deathsTable: text('credits deathsTable'),
			troopsTable: text('credits troopsTable')
		},
		'credits must be a block: {credits} … {}'
	),
	sources: v.array(SourceSchema, 'missing [sources] list'),
	corrections: v.optional(
		v.array(
			v.object({
				date: v.pipe(text('correction date'), v.isoDate('correction date must be YYYY-MM-DD')),
				step: text('correction step'),
				wrong: text('correction wrong'),
				now: text('correction now')
			}),
			'corrections must be a list: [corrections] … []'
		),
		[]
	),
	chapters: v.pipe(v.array(ChapterSchema, 'missing [chapters] list'), v.minLength(1, 'the story has no chapters')),
	steps: v.pipe(v.array(v.looseObject({}), 'missing [steps] list'), v.minLength(1, 'the story has no steps'))
});

/** Splits `a, b (1,000), c` on commas outside brackets. */
export function splitList(value: string | undefined): string[] {
	if (!value) return [];
	const out: string[] = [];
	let depth = 0;
	let cur = '';
	for (const ch of value) {
		if (ch === '(') depth++;
		if (ch === ')') depth = Math.max(0, depth - 1);
		if (ch === ',' && depth === 0) {
			out.push(cur);
			cur = '';
		} else cur += ch;
	}
	out.push(cur);
	return out.map((s) => s.trim()).filter(Boolean);
}

function parseMarker(item: string): Marker {
	const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(item);
	return m ? { place: m[1]!, sub: m[2]!.trim() } : { place: item };
}

/**
 * Parses and validates the story's ArchieML. Throws a ContentError naming `file` and the line of
 * the first mistake.
 * @param places the names a marker or arrow may use (the gazetteer's `name` column)
 * @param eventIds the ids a step's `events` may name (events.csv); unchecked when absent
 */
export function parseStory(source: string, file: string, places: ReadonlySet<string>, eventIds?: ReadonlySet<string>): Story {
	const fail = (path: readonly PathKey[], message: string): never => {
		throw new ContentError(file, locate(source, path), message);
	};
	const raw = loadAml(source, file);

	const doc = check(DocumentSchema, raw, [], fail);

	const sources: Source[] = doc.sources;
	const sourceIds = new Set<string>();
	sources.forEach((s, i) => {
		if (sourceIds.has(s.id)) fail(['sources', i, 'id'], `duplicate source id "${s.id}"`);
		sourceIds.add(s.id);
	});

	// The [chapters] list is the only place chapter ids are defined: every other file is checked against it.
	const chapters: Chapter[] = doc.chapters;
	const chapterPosition = new Map<string, number>();
	chapters.forEach((c, i) => {
		if (chapterPosition.has(c.id)) fail(['chapters', i, 'id'], `duplicate chapter id "${c.id}"`);
		chapterPosition.set(c.id, i);
	});

	const stepIds = new Set<string>();
	let chapterIndex = 0;
	const steps: Step[] = doc.steps.map((rawStep, i) => {
		const at = (key: PathKey, ...rest: PathKey[]) => ['steps', i, key, ...rest];
		const view = (rawStep as { view?: unknown }).view;
		if (typeof view !== 'string' || !(VIEWS as readonly string[]).includes(view.trim()))
			fail(at('view'), view === undefined ? 'step has no view' : `unknown view "${String(view)}"`);
		const step =
			(view as string).trim() === 'map'
				? check(MapStepSchema, { ...rawStep, view: 'map' }, ['steps', i], fail)
				: check(ChartStepSchema, { ...rawStep, view: 'chart' }, ['steps', i], fail);

		if (stepIds.has(step.id)) fail(at('id'), `duplicate step id "${step.id}"`);
		stepIds.add(step.id);

		const ci = chapterPosition.get(step.chapter);
		if (ci === undefined) return fail(at('chapter'), `unknown chapter "${step.chapter}"`);
		if (ci < chapterIndex)
			fail(at('chapter'), `step "${step.id}" is in chapter "${step.chapter}" after a later chapter: keep each chapter's steps together, in chapter order`);
		chapterIndex = ci;

		const stepSources = splitList(step.sources);
		for (const s of stepSources) if (!sourceIds.has(s)) fail(at('sources'), `unknown source "${s}"`);
		if (!stepSources.length) fail(at('sources'), 'step cites no source');

		const events = splitList(step.events);
		if (eventIds) for (const e of events) if (!eventIds.has(e)) fail(at('events'), `unknown event "${e}"`);

		const plain = toPlain(step.text);
		if (countWords(plain) === 0) fail(at('text'), 'step text has no words');
		const base = {
			id: step.id,
			chapter: step.chapter,
			html: toHtml(step.text),
			plain,
			alt: step.alt,
			sources: stepSources,
			events,
			title: step.title
		};

		if (step.view === 'map') {
			const highlight = splitList(step.highlight);
			for (const g of highlight) if (!ALL_GOVERNORATES.includes(g)) fail(at('highlight'), `unknown governorate "${g}"`);
			if (step.key && !highlight.length) fail(at('key'), 'a key says what the shading means: this step shades nothing');
			if (highlight.length && !step.key) fail(at('highlight'), 'a step that shades governorates needs a key: saying what the shading means');
			if (step.choropleth && highlight.length) fail(at('choropleth'), 'a step fills governorates by a figure or shades some, not both');
			const markers = splitList(step.markers).map(parseMarker);
			for (const m of markers) if (!places.has(m.place)) fail(at('markers'), `unknown place "${m.place}"`);
			const arrows: Arrow[] = step.arrows.map((a, j) => {
				const path = splitList(a.path);
				if (path.length < 2) fail(at('arrows', j, 'path'), 'an arrow needs two or more places');
				for (const p of path) if (!places.has(p)) fail(at('arrows', j, 'path'), `unknown place "${p}"`);
				return a.label ? { kind: a.kind, path, label: a.label } : { kind: a.kind, path };
			});
			return {
				...base,
				view: 'map',
				camera: step.camera,
				highlight,
				tone: step.tone,
				markers,
				arrows,
				...(step.note ? { note: step.note } : {}),
				...(step.key ? { key: step.key } : {}),
				...(step.choropleth ? { choropleth: step.choropleth } : {})
			};
		}
		for (const [key, m] of [['from', step.from], ['to', step.to]] as const)
			if (m < SERIES_START || m > SERIES_END) fail(at(key), `${key} ${m} is outside the series, ${SERIES_START} to ${SERIES_END}`);
		if (step.from > step.to) fail(at('to'), `to (${step.to}) is before from (${step.from})`);
		step.notes.forEach((n, j) => {
			if (n.month < SERIES_START || n.month > SERIES_END) fail(at('notes', j, 'month'), `note month ${n.month} is outside the series`);
		});
		return { ...base, view: 'chart', from: step.from, to: step.to, troops: step.troops === 'true', notes: step.notes };
	});

	chapters.forEach((c, i) => {
		if (!steps.some((s) => s.chapter === c.id)) fail(['chapters', i, 'id'], `chapter "${c.id}" has no steps`);
	});

	// A correction names the step it corrects, and comes after publication: a date before it, or a step
	// that does not exist, is a mistake in the list itself.
	doc.corrections.forEach((c, i) => {
		if (!stepIds.has(c.step)) fail(['corrections', i, 'step'], `correction of unknown step "${c.step}"`);
		if (c.date < doc.published) fail(['corrections', i, 'date'], `correction dated ${c.date}, before the story was published (${doc.published})`);
	});
	const corrections = doc.corrections.map((c) => ({ date: c.date, step: c.step, wrong: toInline(c.wrong), now: toInline(c.now) })).sort((a, b) => b.date.localeCompare(a.date));

	return {
		title: doc.title,
		deck: doc.deck,
		byline: doc.byline,
		published: doc.published,
		corrections,
		kicker: doc.kicker,
		// The data credit may carry links, so it goes through the steps' markup.
		credits: { ...doc.credits, data: toHtml(doc.credits.data) },
		sources,
		chapters,
		steps
	};
}
