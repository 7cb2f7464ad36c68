import { story } from '$lib/content/site.server';

export const load = () => ({ storyTitle: story.title });
