import { editions } from '$lib/content/site.server';
import { langOf } from '$lib/i18n';

export function load({ params }) {
	const lang = langOf(params.lang);
	const { story, classroom } = editions[lang];
	const sources = new Map(story.sources.map((s) => [s.id, s]));
	return {
		title: story.title,
		intro: classroom.intro,
		contentNote: classroom.contentNote,
		objectives: classroom.objectives,
		chapters: story.chapters
			.map((c) => ({ id: c.id, title: c.title, questions: classroom.questions.filter((q) => q.chapter === c.id) }))
			.filter((c) => c.questions.length),
		glossary: [...classroom.glossary]
			.sort((a, b) => a.term.localeCompare(b.term, lang === 'ar' ? 'ar' : 'en', { sensitivity: 'base' }))
			.map((t) => ({ ...t, sources: t.sources.map((id) => sources.get(id)!) }))
	};
}
