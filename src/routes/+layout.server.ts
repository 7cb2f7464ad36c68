import { base } from '$app/paths';
import { langOf } from '$lib/i18n';
import { editionData } from '$lib/server/edition';

// Page options live here rather than in a universal +layout.ts, which the browser would download.
export const prerender = true;
export const trailingSlash = 'always';

export const load = ({ params, url }) => ({ edition: editionData(langOf(params.lang), url.pathname.slice(base.length) || '/') });
