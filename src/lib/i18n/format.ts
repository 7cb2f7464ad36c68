import type { Lang } from './index';

/** BCP 47 tags for `Intl`: Western digits in both editions (docs/TERMS.ar.md says why). */
export const intlLocale = (lang: Lang): string => (lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB');

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names as `Intl.DateTimeFormat('ar')` writes them, with Western digits (docs/TERMS.ar.md). */
const arabic = {
	day: new Intl.DateTimeFormat(intlLocale('ar'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
	month: new Intl.DateTimeFormat(intlLocale('ar'), { month: 'long', year: 'numeric', timeZone: 'UTC' })
};

/**
 * `2014`, `2014-06` or `2014-06-10` as "2014", "June 2014" or "10 June 2014" (in Arabic
 * "يونيو 2014", "10 يونيو 2014"); anything else (`undated`) as written, or in Arabic "بلا تاريخ".
 */
export function formatDate(date: string, lang: Lang = 'en'): string {
	const [y, m, d] = date.split('-');
	const month = m && MONTHS[Number(m) - 1];
	if (!/^\d{4}$/.test(y ?? '') || (m && !month)) return lang === 'ar' && date === 'undated' ? 'بلا تاريخ' : date;
	if (!m) return y!;
	if (lang === 'ar') {
		const at = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
		return (d ? arabic.day : arabic.month).format(at);
	}
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A whole number as the edition writes it: `500,000` in both (Western digits, comma thousands). */
export const formatNumber = (n: number, lang: Lang = 'en') => new Intl.NumberFormat(intlLocale(lang)).format(n);
