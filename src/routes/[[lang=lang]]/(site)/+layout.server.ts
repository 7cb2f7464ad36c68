import { editions } from '$lib/content/site.server';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => ({ storyTitle: editions[langOf(params.lang)].story.title });
