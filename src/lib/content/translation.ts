/**
 * An edition in another language: its words over the English story's structure. A translation file
 * (`src/content/ar/story.aml`) gives each step's words, and repeats what ties the words to the
 * picture and the sources, so that the build can tell when the editions drift apart: the same steps
 * in the same order, the same chapters, the same sources on each step, the same places marked, the
 * same arrows and chart notes. Everything else (cameras, shading, the chart's period) is the
 * English step's, so the two editions can never show different pictures.
 */
import * as v from 'valibot';
import { ContentError } from './ContentError.ts';
import { locate, type PathKey } from './locate.ts';
import { check, loadAml, month, optionalText, slug, text } from './schema.ts';
import { countWords, toHtml, toInline, toPlain } from './markup.ts';
import { splitList } from './parseStory.ts';
import type { Marker, Step, Story } from './types.ts';
import type { TimelineEvent } from '../data/events.ts';

const TranslatedStep = v.object({
	id: slug('step id'),
	chapter: text('step chapter'),
	title: v.pipe(text('step title'), v.maxLength(70, 'title is longer than 70 characters')),
	text: text('step text'),
	alt: text('step alt text'),
	sources: text('step sources'),
	markers: optionalText,
	note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(80, 'note is longer than 80 characters'))),
	key: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(40, 'key is longer than 40 characters'))),
	arrows: v.optional(v.array(v.object({ label: optionalText }), 'arrows must be a list: [.arrows] label: … []'), []),
	notes: v.optional(
		v.array(v.object({ month: month('note month'), label: v.pipe(text('note label'), v.maxLength(48, 'note label is longer than 48 characters')) }), 'notes must be a list: [.notes] … []'),
		[]
	)
});

const TranslatedDocument = v.object({
	title: text('title'),
	deck: text('deck'),
	byline: text('byline'),
	kicker: text('kicker'),
	credits: v.object(
		{ data: text('credits data'), short: text('credits short'), chart: text('credits chart'), deathsTable: text('credits deathsTable'), troopsTable: text('credits troopsTable') },
		'credits must be a block: {credits} … {}'
	),
	chapters: v.array(v.object({ id: slug('chapter id'), label: text('chapter label'), title: text('chapter title'), years: text('chapter years'), deck: text('chapter deck') }), 'missing [chapters] list'),
	steps: v.array(v.looseObject({}), 'missing [steps] list'),
	corrections: v.optional(v.array(v.object({ date: text('correction date'), step: text('correction step'), wrong: text('correction wrong'), now: text('correction now') }), 'corrections must be a list: [corrections] … []'), [])
});

const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'none');

/**
 * Parses a translation of `english` and returns the story in that language. Throws a ContentError
 * naming `file` and a line when the translation is malformed or differs from the English in its
 * steps, chapters, sources or pictures.
 * @param englishFile the English story's file, named in the messages
 * @param names each place's name in this language, by its English name (the gazetteer's)
 */
export function parseStoryTranslation(source: string, file: string, english: Story, englishFile: string, names: ReadonlyMap<string, string>): Story {
	const fail = (path: readonly PathKey[], message: string): never => {
		throw new ContentError(file, locate(source, path), message);
	};
	const doc = check(TranslatedDocument, loadAml(source, file), [], fail);

	english.chapters.forEach((c, i) => {
		const t = doc.chapters[i];
		if (!t) fail(['chapters'], `chapter "${c.id}" is in ${englishFile} but not here`);
		else if (t.id !== c.id) fail(['chapters', i, 'id'], `chapter ${i + 1} is "${t.id}" here and "${c.id}" in ${englishFile}: the editions have the same chapters, in the same order`);
	});
	if (doc.chapters.length > english.chapters.length) fail(['chapters', english.chapters.length, 'id'], `chapter "${doc.chapters[english.chapters.length]!.id}" is not in ${englishFile}`);

	const translated = new Map<string, number>();
	doc.steps.forEach((s, i) => {
		const id = (s as { id?: unknown }).id;
		if (typeof id === 'string') {
			if (translated.has(id.trim())) fail(['steps', i, 'id'], `duplicate step id "${id.trim()}"`);
			translated.set(id.trim(), i);
		}
	});
	const englishIds = new Set(english.steps.map((s) => s.id));
	doc.steps.forEach((s, i) => {
		const id = String((s as { id?: unknown }).id ?? '').trim();
		if (id && !englishIds.has(id)) fail(['steps', i, 'id'], `step "${id}" is not in ${englishFile}`);
	});
	const missing = english.steps.find((s) => !translated.has(s.id));
	if (missing) fail(['steps'], `step "${missing.id}" is in ${englishFile} but not here`);

	const byName = new Map([...names].map(([en, local]) => [local, en]));
	const steps: Step[] = english.steps.map((en, order) => {
		const i = translated.get(en.id)!;
		const at = (key: PathKey, ...rest: PathKey[]) => ['steps', i, key, ...rest];
		if (i !== order) fail(at('id'), `step "${en.id}" is step ${order + 1} in ${englishFile} but step ${i + 1} here: keep the English order`);
		const t = check(TranslatedStep, doc.steps[i], ['steps', i], fail);
		if (t.chapter !== en.chapter) fail(at('chapter'), `step "${en.id}" is in chapter "${t.chapter}" here and "${en.chapter}" in ${englishFile}`);
		const sources = splitList(t.sources);
		if (sources.join() !== en.sources.join())
			fail(at('sources'), `step "${en.id}" cites ${list(sources)} here and ${list(en.sources)} in ${englishFile}: the editions cite the same sources, in the same order`);
		const plain = toPlain(t.text);
		if (countWords(plain) === 0) fail(at('text'), 'step text has no words');
		const words = { id: en.id, chapter: en.chapter, html: toHtml(t.text), plain, alt: t.alt, sources: en.sources, events: en.events, title: t.title };

		if (en.view === 'chart') {
			if (t.markers || t.note || t.key || t.arrows.length) fail(at('id'), `step "${en.id}" is a chart in ${englishFile}: only [.notes] go with it`);
			if (t.notes.map((n) => n.month).join() !== en.notes.map((n) => n.month).join())
				fail(at(t.notes.length ? 'notes' : 'id'), `step "${en.id}" has chart notes for ${list(t.notes.map((n) => n.month))} here and ${list(en.notes.map((n) => n.month))} in ${englishFile}`);
			return { ...en, ...words, notes: t.notes };
		}

		if (t.notes.length) fail(at('notes'), `step "${en.id}" is a map in ${englishFile}: chart notes do not go with it`);
		const marked = splitList(t.markers).map((item): Marker => {
			const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(item);
			const name = (m ? m[1]! : item).trim();
			const place = byName.get(name);
			if (!place) fail(at('markers'), `"${name}" is not a place's name in this language (places.csv)`);
			return m ? { place: place!, sub: m[2]!.trim() } : { place: place! };
		});
		if (marked.map((m) => m.place).join() !== en.markers.map((m) => m.place).join())
			fail(at(t.markers ? 'markers' : 'id'), `step "${en.id}" marks ${list(marked.map((m) => names.get(m.place)!))} here, and ${englishFile} marks ${list(en.markers.map((m) => m.place))}: the editions mark the same places, in the same order`);
		marked.forEach((m, j) => {
			if (Boolean(m.sub) !== Boolean(en.markers[j]!.sub)) fail(at('markers'), `the marker for ${en.markers[j]!.place} has ${m.sub ? 'a' : 'no'} bracketed line here, unlike ${englishFile}`);
		});
		for (const key of ['note', 'key'] as const)
			if (Boolean(t[key]) !== Boolean(en[key])) fail(at(t[key] ? key : 'id'), `step "${en.id}" has ${t[key] ? 'a' : 'no'} ${key} here, unlike ${englishFile}`);
		if (t.arrows.length !== en.arrows.length)
			fail(at(t.arrows.length ? 'arrows' : 'id'), `step "${en.id}" has ${t.arrows.length} arrows here and ${en.arrows.length} in ${englishFile}: one label: line for each arrow, empty where the English arrow has none`);
		const arrows = en.arrows.map((a, j) => {
			const label = t.arrows[j]!.label;
			if (Boolean(label) !== Boolean(a.label)) fail(at('arrows', j, 'label'), `arrow ${j + 1} of step "${en.id}" has ${label ? 'a' : 'no'} label here, unlike ${englishFile}`);
			return label ? { ...a, label } : a;
		});
		return { ...en, ...words, markers: marked, arrows, ...(t.note ? { note: t.note } : {}), ...(t.key ? { key: t.key } : {}) };
	});

	// The same corrections, of the same steps on the same dates; their words translated.
	const key = (c: { date: string; step: string }) => `${c.date} ${c.step}`;
	const translatedCorrections = [...doc.corrections].map((c, i) => ({ ...c, i })).sort((a, b) => key(b).localeCompare(key(a)));
	checkSameEntries(source, file, englishFile, 'correction', 'corrections', english.corrections.map(key), translatedCorrections.map(key));
	const corrections = translatedCorrections.map((c) => ({ date: c.date, step: c.step, wrong: toInline(c.wrong), now: toInline(c.now) }));

	return {
		...english,
		corrections,
		title: doc.title,
		deck: doc.deck,
		byline: doc.byline,
		kicker: doc.kicker,
		credits: { ...doc.credits, data: toHtml(doc.credits.data) },
		chapters: doc.chapters,
		steps
	};
}

/**
 * Checks that a translated page file lists the same entries as the English one (questions, glossary
 * terms, counts, datasets, caveats), so a teacher or reader switching editions finds the same page.
 * @param path the list's path in the file, to report the line
 */
export function checkSameEntries(source: string, file: string, englishFile: string, what: string, path: string, english: readonly string[], translated: readonly string[]): void {
	const n = Math.max(english.length, translated.length);
	for (let i = 0; i < n; i++) {
		if (english[i] === translated[i]) continue;
		const line = locate(source, translated[i] === undefined ? [path] : [path, i]);
		throw new ContentError(
			file,
			line,
			english[i] === undefined
				? `${what} ${i + 1} ("${translated[i]}") is not in ${englishFile}`
				: translated[i] === undefined
					? `${what} "${english[i]}" is in ${englishFile} but not here`
					: `${what} ${i + 1} is "${translated[i]}" here and "${english[i]}" in ${englishFile}: keep the English entries, in order`
		);
	}
}

const TranslatedEvents = v.object({
	events: v.array(v.object({ id: text('event id'), title: text('event title'), description: text('event description'), place: optionalText }), 'missing [events] list')
});

/** The events (events.csv) with their title, description and place in another language. */
export function parseEventsTranslation(source: string, file: string, events: readonly TimelineEvent[], englishFile: string): TimelineEvent[] {
	const fail = (path: readonly PathKey[], message: string): never => {
		throw new ContentError(file, locate(source, path), message);
	};
	const doc = check(TranslatedEvents, loadAml(source, file), [], fail);
	checkSameEntries(source, file, englishFile, 'event', 'events', events.map((e) => e.id), doc.events.map((e) => e.id));
	return events.map((e, i) => {
		const t = doc.events[i]!;
		if (Boolean(t.place) !== Boolean(e.place)) fail(['events', i, t.place ? 'place' : 'id'], `event ${e.id} has ${t.place ? 'a' : 'no'} place here, unlike ${englishFile}`);
		return { ...e, title: t.title, description: t.description, place: t.place ?? '' };
	});
}
