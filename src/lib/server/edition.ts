import { base } from '$app/paths';
import { dirOf, pathIn, prefixOf, type Lang } from '$lib/i18n';
import { UI } from '$lib/i18n/ui';
import type { EditionData } from '$lib/i18n/edition';

/** What the components of a page in `lang` need to know of its edition; `path` is the page's, without the base. */
export function editionData(lang: Lang, path: string): EditionData {
	const other: Lang = lang === 'ar' ? 'en' : 'ar';
	return { lang, dir: dirOf(lang), t: UI[lang], home: `${base}${prefixOf(lang)}`, other: { lang: other, href: `${base}${pathIn(other, path)}` } };
}
