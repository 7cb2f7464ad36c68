/** Citations of a page in the three styles teachers ask for, as plain text and as HTML (titles in italics). */
import { escapeHtml } from '$lib/html';
import { MONTHS, formatDate, monthNames } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n';

export interface CitedPage {
	author: string;
	title: string;
	/** `YYYY-MM-DD`. */
	published: string;
	url: string;
}

export interface Citation {
	style: 'APA' | 'MLA' | 'Chicago';
	/** Plain text, for the clipboard. */
	text: string;
	/** The same with typographic quotes and the title in italics, as runs of text for display… */
	parts: { text: string; italic?: boolean; /** An address inside right-to-left words: shown left to right. */ ltr?: boolean }[];
	/** …and as HTML, for the clipboard's rich-text copy. */
	html: string;
}

const MLA_MONTH = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'from', 'with', 'into']);


/** Headline-style capitals, as MLA and Chicago want: minor words stay lower case inside the title. */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((w, i) => {
			// The first and last words, and the first word of a subtitle (after a colon), are capitalised.
			const edge = i === 0 || i === words.length - 1 || words[i - 1]!.endsWith(':');
			return !edge && MINOR.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1);
		})
		.join(' ');
}

/** A title followed by the style's full stop, unless it already ends in its own punctuation. */
const stop = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

const parts = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return { y: y!, m: m! - 1, d: d! };
};

/** A citation from its runs; `text`, for the clipboard, is the runs' words unless given (straight quotes). */
const cite = (style: Citation['style'], runs: Citation['parts'], text = runs.map((r) => r.text).join('')): Citation => ({
	style,
	text,
	parts: runs,
	html: runs.map((r) => (r.italic ? `<i>${escapeHtml(r.text)}</i>` : r.ltr ? `<bdi dir="ltr">${escapeHtml(r.text)}</bdi>` : escapeHtml(r.text))).join('')
});

/** `accessed` is a local calendar date, `YYYY-MM-DD`. */
export function citations(page: CitedPage, accessed: string, lang: Lang = 'en'): Citation[] {
	if (lang === 'ar') return arabicCitations(page, accessed);
	const p = parts(page.published);
	const a = parts(accessed);
	const url = page.url;
	const bare = url.replace(/^https?:\/\//, '');
	const author = page.author.replace(/\.$/, '');
	const title = page.title;
	const tc = titleCase(page.title);
	return [
		cite('APA', [
			{ text: `${author}. (${p.y}, ${MONTHS[p.m]} ${p.d}). ` },
			{ text: title, italic: true },
			{ text: `${/[.?!]$/.test(title) ? '' : '.'} Retrieved ${MONTHS[a.m]} ${a.d}, ${a.y}, from ${url}` }
		]),
		cite('MLA', [{ text: `${author}. “${stop(tc)}” ${p.d} ${MLA_MONTH[p.m]} ${p.y}, ${bare}. Accessed ${a.d} ${MLA_MONTH[a.m]} ${a.y}.` }], `${author}. "${stop(tc)}" ${p.d} ${MLA_MONTH[p.m]} ${p.y}, ${bare}. Accessed ${a.d} ${MLA_MONTH[a.m]} ${a.y}.`),
		cite('Chicago', [{ text: `${author}. “${stop(tc)}” ${MONTHS[p.m]} ${p.d}, ${p.y}. Accessed ${MONTHS[a.m]} ${a.d}, ${a.y}. ${url}.` }], `${author}. "${stop(tc)}" ${MONTHS[p.m]} ${p.d}, ${p.y}. Accessed ${MONTHS[a.m]} ${a.d}, ${a.y}. ${url}.`)
	];
}

/**
 * The same three styles as Arabic-language journals write them: Arabic words and punctuation, dates
 * as the edition writes them (10 يونيو 2014), the title in «» (MLA, Chicago) or italics (APA).
 */
function arabicCitations(page: CitedPage, accessed: string): Citation[] {
	const author = page.author.replace(/\.$/, '');
	const title = page.title.replace(/[.،]$/, '');
	const published = formatDate(page.published, 'ar');
	const read = formatDate(accessed, 'ar');
	const p = parts(page.published);
	return [
		cite('APA', [{ text: `${author}. (${p.y}، ${p.d} ${monthNames('ar')[p.m]}). ` }, { text: title, italic: true }, { text: `. تاريخ الاسترجاع ${read}، من ` }, { text: page.url, ltr: true }]),
		cite('MLA', [{ text: `${author}. «${title}». ${published}، ` }, { text: page.url.replace(/^https?:\/\//, ''), ltr: true }, { text: `. تاريخ الاطلاع ${read}.` }]),
		cite('Chicago', [{ text: `${author}. «${title}». ${published}. تاريخ الاطلاع ${read}. ` }, { text: page.url, ltr: true }, { text: '.' }])
	];
}

/** Today's date on the reader's calendar, `YYYY-MM-DD`. */
export const localDate = (d = new Date()) =>
	`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
