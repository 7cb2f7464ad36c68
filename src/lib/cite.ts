/** Citations of a page in the three styles teachers ask for, as plain text and as HTML (titles in italics). */

export interface CitedPage {
	author: string;
	title: string;
	/** `YYYY-MM-DD`. */
	published: string;
	url: string;
}

export interface Citation {
	style: 'APA' | 'MLA' | 'Chicago';
	text: string;
	html: string;
}

const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTH = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'from', 'with', 'into']);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Headline-style capitals, as MLA and Chicago want: minor words stay lower case inside the title. */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((w, i) => (i > 0 && i < words.length - 1 && MINOR.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
		.join(' ');
}

const parts = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return { y: y!, m: m! - 1, d: d! };
};

/** `accessed` is a local calendar date, `YYYY-MM-DD`. */
export function citations(page: CitedPage, accessed: string): Citation[] {
	const p = parts(page.published);
	const a = parts(accessed);
	const url = page.url;
	const u = escapeHtml(url);
	const author = page.author.replace(/\.$/, '');
	const apaTitle = page.title;
	const tc = titleCase(page.title);
	return [
		{
			style: 'APA',
			text: `${author}. (${p.y}, ${LONG[p.m]} ${p.d}). ${apaTitle}. Retrieved ${LONG[a.m]} ${a.d}, ${a.y}, from ${url}`,
			html: `${escapeHtml(author)}. (${p.y}, ${LONG[p.m]} ${p.d}). <i>${escapeHtml(apaTitle)}</i>. Retrieved ${LONG[a.m]} ${a.d}, ${a.y}, from ${u}`
		},
		{
			style: 'MLA',
			text: `${author}. "${tc}." ${p.d} ${MLA_MONTH[p.m]} ${p.y}, ${url.replace(/^https?:\/\//, '')}. Accessed ${a.d} ${MLA_MONTH[a.m]} ${a.y}.`,
			html: `${escapeHtml(author)}. “${escapeHtml(tc)}.” ${p.d} ${MLA_MONTH[p.m]} ${p.y}, ${escapeHtml(url.replace(/^https?:\/\//, ''))}. Accessed ${a.d} ${MLA_MONTH[a.m]} ${a.y}.`
		},
		{
			style: 'Chicago',
			text: `${author}. "${tc}." ${LONG[p.m]} ${p.d}, ${p.y}. Accessed ${LONG[a.m]} ${a.d}, ${a.y}. ${url}.`,
			html: `${escapeHtml(author)}. “${escapeHtml(tc)}.” ${LONG[p.m]} ${p.d}, ${p.y}. Accessed ${LONG[a.m]} ${a.d}, ${a.y}. ${u}.`
		}
	];
}

/** Today's date on the reader's calendar, `YYYY-MM-DD`. */
export const localDate = (d = new Date()) =>
	`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
