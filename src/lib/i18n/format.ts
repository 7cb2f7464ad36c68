import type { Lang } from './index';

/** BCP 47 tags for `Intl`: Western digits in both editions (docs/TERMS.ar.md says why). */
export const intlLocale = (lang: Lang): string => (lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB');

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let arabicMonths: string[] | undefined;

/**
 * The month names of an edition: the English ones, or those `Intl.DateTimeFormat('ar')` writes
 * (docs/TERMS.ar.md), worked out the first time they are asked for, not when a page starts.
 */
export function monthNames(lang: Lang): readonly string[] {
	if (lang === 'en') return MONTHS;
	arabicMonths ??= MONTHS.map((_, i) => new Intl.DateTimeFormat(intlLocale('ar'), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, i, 1)));
	return arabicMonths;
}

/**
 * `2014`, `2014-06` or `2014-06-10` as "2014", "June 2014" or "10 June 2014" (in Arabic
 * "يونيو 2014", "10 يونيو 2014", the order `Intl.DateTimeFormat('ar')` gives); anything else
 * (`undated`) as written, or in Arabic "بلا تاريخ".
 */
export function formatDate(date: string, lang: Lang = 'en'): string {
	const [y, m, d] = date.split('-');
	const month = m && monthNames(lang)[Number(m) - 1];
	if (!/^\d{4}$/.test(y ?? '') || (m && !month)) return lang === 'ar' && date === 'undated' ? 'بلا تاريخ' : date;
	if (!m) return y!;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A whole number as the edition writes it: `500,000` in both (Western digits, comma thousands). */
export function formatNumber(n: number, lang: Lang = 'en'): string {
	let f = numberFormats.get(lang);
	if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(intlLocale(lang))));
	return f.format(n);
}
