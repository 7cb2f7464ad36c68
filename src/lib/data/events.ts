import { csvParse } from 'd3-dsv';

/** A dated event from the research's events.csv. */
export interface TimelineEvent {
	id: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** The id of the story's chapter the event belongs to (checked by checkEventChapters). */
	chapter: string;
	title: string;
	description: string;
	place: string;
	sourceTitle: string;
	sourceUrl: string;
	confidence: 'high' | 'medium' | 'low';
}

const CONFIDENCE = new Set(['high', 'medium', 'low']);

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
function realDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseEvents(csv: string): TimelineEvent[] {
	return csvParse(csv).map((r, i) => {
		const line = `events.csv, row ${i + 1}`;
		if (!/^E\d{2}$/.test(r.id ?? '')) throw new Error(`${line}: bad id "${r.id}"`);
		if (!realDate(r.date ?? '')) throw new Error(`${line}: bad date "${r.date}"`);
		if (!/^https?:\/\/\S+$/.test(r.source_url ?? '')) throw new Error(`${line}: bad source_url`);
		if (!CONFIDENCE.has(r.confidence ?? '')) throw new Error(`${line}: confidence must be high, medium or low`);
		for (const key of ['chapter', 'title', 'description', 'source_title'] as const)
			if (!r[key]?.trim()) throw new Error(`${line}: missing ${key}`);
		return {
			id: r.id!,
			date: r.date!,
			chapter: r.chapter!,
			title: r.title!.trim(),
			description: r.description!.trim(),
			place: r.place?.trim() ?? '',
			sourceTitle: r.source_title!.trim(),
			sourceUrl: r.source_url!,
			confidence: r.confidence as TimelineEvent['confidence']
		};
	});
}

/**
 * Throws on an event whose chapter is not one of the story's: the timeline lists events under the
 * story's chapters, and would leave such an event out without a word.
 */
export function checkEventChapters(events: readonly TimelineEvent[], chapterIds: ReadonlySet<string>): void {
	events.forEach((e, i) => {
		if (!chapterIds.has(e.chapter)) throw new Error(`events.csv, row ${i + 1}: unknown chapter "${e.chapter}"`);
	});
}
