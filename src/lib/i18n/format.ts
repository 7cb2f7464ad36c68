import type { Lang } from './index';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The month names `Intl.DateTimeFormat('ar', { month: 'long' })` writes (docs/TERMS.ar.md), written
 * out: a page's first `Intl` formatter loads the locale data, about 80 ms on a phone at 4× CPU.
 * A unit test holds them to what `Intl` gives.
 */
const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** The month names of an edition. */
export const monthNames = (lang: Lang): readonly string[] => (lang === 'ar' ? ARABIC_MONTHS : MONTHS);

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

/**
 * A count, rounded to a whole number, as both editions write it: Western digits, a comma between
 * thousands (`500,000`), as `Intl.NumberFormat` writes it for `en` and `ar-u-nu-latn`, without the
 * cost of its first use.
 */
export const formatNumber = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
