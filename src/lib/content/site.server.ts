/** The story as the site's pages serve it: glossary terms linked where the story first uses them. */
import { base } from '$app/paths';
import story from '$content/story.aml';
import classroom from '$content/classroom.aml';
import { linkGlossary } from './glossary';
import type { Story } from './types';

export const glossaryHref = (id: string) => `${base}/classroom/#term-${id}`;

export const linkedStory: Story = { ...story, steps: linkGlossary(story.steps, classroom.glossary, glossaryHref).steps };
export { story, classroom };
