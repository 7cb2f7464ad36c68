import { story } from '$lib/content/site.server';
import { events } from '$lib/data/events.server';
import notes from '$content/timeline.aml';

export function load() {
	const stepOf = new Map(story.steps.flatMap((s) => s.events.map((e) => [e, s.id] as const)));
	const caveat = new Map(notes.caveats.map((c) => [c.event, c.html]));
	const groups = story.chapters
		.map((c) => ({
			id: c.id,
			title: c.title,
			years: c.years,
			events: events
				.filter((e) => e.chapter === c.id)
				.map((e) => ({ ...e, step: stepOf.get(e.id), caveat: caveat.get(e.id) }))
		}))
		.filter((g) => g.events.length);
	return { intro: notes.intro, groups, count: events.length, title: story.title };
}
