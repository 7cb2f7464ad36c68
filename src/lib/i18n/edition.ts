/**
 * What a page knows of its edition: its language, direction, root and words. The root layout's
 * server load works it out from the route's `[[lang]]` parameter (`editionData`, $lib/server/edition.ts),
 * so each page's data carries its own edition's words and the browser downloads no other; a
 * component reads it as `page.data.edition`.
 */
import type { Lang } from './index';
import type { Ui } from './ui';

export interface EditionData {
	lang: Lang;
	dir: 'ltr' | 'rtl';
	/** The edition's words for the page's own furniture (the copy's words come with the content). */
	t: Ui;
	/** The edition's root under the site's base, without a trailing slash: `${home}/read/`. */
	home: string;
	/** The same page in the other edition: its language, and its address under the base. */
	other: { lang: Lang; href: string };
}
