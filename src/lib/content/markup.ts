/**
 * The small inline markup the copy may use: paragraphs (blank lines), `[text](https://…)`,
 * `**strong**` and `*emphasis*`. Everything else is escaped, so copy can never inject HTML.
 */
import { escapeHtml } from '../html.ts';

const LINK = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

function inline(text: string): string {
	let out = '';
	let last = 0;
	for (const m of text.matchAll(LINK)) {
		out += emphasis(escapeHtml(text.slice(last, m.index)));
		out += `<a href="${escapeHtml(m[2]!)}">${emphasis(escapeHtml(m[1]!))}</a>`;
		last = m.index! + m[0].length;
	}
	return out + emphasis(escapeHtml(text.slice(last)));
}

const emphasis = (s: string) =>
	s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\*([^*]+)\*/g, '<em>$1</em>');

export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

export function toHtml(text: string): string {
	return paragraphs(text)
		.map((p) => `<p>${inline(p)}</p>`)
		.join('');
}

export function toPlain(text: string): string {
	return paragraphs(text)
		.map((p) => p.replace(LINK, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1'))
		.join('\n\n');
}

export const countWords = (plain: string) => plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** One line of inline markup (links, emphasis) as HTML, without a paragraph around it. */
export const toInline = (text: string) => inline(text.replace(/\s+/g, ' ').trim());
