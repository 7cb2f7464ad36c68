/**
 * The edition a page belongs to, for its components: set once by the root layout from the route's
 * `[[lang]]` parameter, read by any component with `useEdition()`.
 */
import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';
import { dirOf, intlLocale, prefixOf, type Lang } from './index';
import { UI, type Ui } from './ui';

const KEY = Symbol('edition');

export interface EditionContext {
	readonly lang: Lang;
	readonly dir: 'ltr' | 'rtl';
	/** The edition's words for the page's own furniture (the copy's words come with the content). */
	readonly t: Ui;
	/** The edition's root under the site's base, without a trailing slash: `${home}/read/`. */
	readonly home: string;
	/** For `Intl` formatters. */
	readonly locale: string;
}

export function editionContext(lang: () => Lang): EditionContext {
	return {
		get lang() {
			return lang();
		},
		get dir() {
			return dirOf(lang());
		},
		get t() {
			return UI[lang()];
		},
		get home() {
			return `${base}${prefixOf(lang())}`;
		},
		get locale() {
			return intlLocale(lang());
		}
	};
}

export const setEdition = (lang: () => Lang) => setContext(KEY, editionContext(lang));

/** The context `render()` needs for a component rendered outside a page (svelte/server). */
export const editionContextMap = (lang: Lang) => new Map<unknown, unknown>([[KEY, editionContext(() => lang)]]);

/** The page's edition; English outside any page (a component rendered on its own). */
export const useEdition = (): EditionContext => getContext<EditionContext | undefined>(KEY) ?? editionContext(() => 'en');
