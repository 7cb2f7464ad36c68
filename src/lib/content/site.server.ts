/** The story as the site's pages serve it: glossary terms linked where the story first uses them. */
import { base } from '$app/paths';
import story from '$content/story.aml';
import classroom from '$content/classroom.aml';
import { linkGlossary } from './glossary';
import { sourceLineHtml } from './sourceLine';
import { sourceNumbers } from './story';
import type { Story } from './types';

const glossaryHref = (id: string) => `${base}/classroom/#term-${id}`;

export const linkedStory: Story = { ...story, steps: linkGlossary(story.steps, classroom.glossary, glossaryHref).steps };
export { story, classroom };

/**
 * A story for a scrolling page's inline data, which carries only what the page draws: each step's
 * text with its sources line written in (so the sources list stays here), and no plain text (that is
 * for counting words). The shapes come from /basemap.svg.
 */
export function storyForPage(s: Story): Story {
	const sources = new Map(s.sources.map((x) => [x.id, x]));
	const numbers = sourceNumbers(s);
	return { ...s, sources: [], steps: s.steps.map((step) => ({ ...step, plain: '', html: step.html + sourceLineHtml(step, sources, numbers, base) })) };
}

/**
 * A story for the scrolling page's inline data, without its words: the page's server HTML has them
 * (`$lib/server/storyText`), and the browser needs only what the graphic and the controls use.
 */
export const storyWithoutText = (s: Story): Story => ({ ...s, sources: [], steps: s.steps.map((step) => ({ ...step, html: '', plain: '' })) });
