/**
 * The site's two editions. The English lives at the site's root, the Arabic under `/ar/`: the same
 * steps, pictures and sources, with its own words (`src/content/ar/`) and a right-to-left page.
 */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** A path segment that opens an edition other than the English. */
export const isEdition = (segment: string): segment is Exclude<Lang, 'en'> => segment === 'ar';

/** The edition a route's optional `[[lang]]` parameter names. */
export const langOf = (param: string | undefined): Lang => (param && isEdition(param) ? param : 'en');

export const dirOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/** The edition's path under the site's base: `''` or `/ar`. */
export const prefixOf = (lang: Lang): string => (lang === 'en' ? '' : `/${lang}`);

/** The edition a path (without the base) belongs to. */
export const langOfPath = (path: string): Lang => langOf(/^\/([^/]+)/.exec(path)?.[1]);

/** The same page in the other edition: `/read/` ↔ `/ar/read/`; the hash (a step) is kept by the caller. */
export function pathIn(lang: Lang, path: string): string {
	const bare = path.replace(/^\/ar(?=\/|$)/, '') || '/';
	return `${prefixOf(lang)}${bare}`;
}
