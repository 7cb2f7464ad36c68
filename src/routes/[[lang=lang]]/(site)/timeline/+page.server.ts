import { editions } from '$lib/content/site.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const { story, events, timeline: notes } = editions[langOf(params.lang)];
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
