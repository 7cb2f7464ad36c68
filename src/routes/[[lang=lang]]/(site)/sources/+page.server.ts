import { editions } from '$lib/content/site.server';
import { sourceNumbers } from '$lib/content/story';
import { deaths, troops } from '$lib/data/load.server';
import { langOf } from '$lib/i18n';
import { PAGES } from '$lib/i18n/pages';

export function load({ params }) {
	const lang = langOf(params.lang);
	const { story, methodology, datasets } = editions[lang];
	const numbers = sourceNumbers(story);
	const byId = new Map(story.sources.map((s) => [s.id, s]));
	const firstChapter = new Map<string, string>();
	for (const step of story.steps) for (const id of step.sources) if (!firstChapter.has(id)) firstChapter.set(id, step.chapter);
	const chapters = story.chapters.map((c) => {
		return {
			id: c.id,
			title: c.title,
			sources: [...numbers]
				.filter(([id]) => firstChapter.get(id) === c.id)
				.map(([id, n]) => ({
					...byId.get(id)!,
					n,
					citedIn: story.steps.flatMap((s) => {
						if (!s.sources.includes(id)) return [];
						const chapter = story.chapters.find((ch) => ch.id === s.chapter)!;
						const k = story.steps.filter((t) => t.chapter === s.chapter).indexOf(s) + 1;
						return [{ id: s.id, label: PAGES[lang].sources.citedStep(chapter.label, k) }];
					})
				}))
		};
	});
	// Each count of the dead names the paper or page it comes from, as numbered in the story's sources.
	const counts = methodology.counts.map((c) => {
		const source = c.source ? byId.get(c.source) : undefined;
		return source ? { ...c, cited: { ...source, n: numbers.get(source.id) } } : c;
	});
	const steps = story.steps.map(({ id, title }) => ({ id, title }));
	return { chapters, methodology: { ...methodology, counts }, datasets, title: story.title, credits: story.credits, deaths, troops, corrections: story.corrections, steps };
}
