/**
 * Links each glossary term where the story first uses it. Runs on the built HTML of the steps,
 * touching only text outside tags and outside existing links.
 */
import type { GlossaryTerm } from './pages';
import type { Step } from './types';
import { ROUTER_SKIPS, escapeHtml } from '../html';
import type { Lang } from '../i18n';

/**
 * What may come before a term in each language. Arabic writes some words joined to the next one
 * (و، ف، ب، ل، ك: and, so, with, for, like): "والسنّة" uses the term "السنّة", and the link takes the term alone.
 */
const BEFORE: Record<Lang, string> = {
	en: '(?<![\\p{L}\\p{N}-])',
	ar: '(?<=(?:^|[^\\p{L}\\p{N}-])[وفبلك]?)'
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The forms of a term as the copy may write them: the term without its bracketed abbreviation, and the listed variants. */
export const termForms = (t: GlossaryTerm) => [...new Set([t.term.replace(/\s*\([^)]*\)\s*$/, ''), ...t.also])].filter(Boolean);

/** Splits HTML into text runs that may be linked and the rest (tags, and everything inside `<a>…</a>`). */
function segments(html: string): { text: string; linkable: boolean }[] {
	const out: { text: string; linkable: boolean }[] = [];
	const re = /<a\b[^>]*>[\s\S]*?<\/a>|<[^>]+>/g;
	let last = 0;
	for (const m of html.matchAll(re)) {
		if (m.index! > last) out.push({ text: html.slice(last, m.index), linkable: true });
		out.push({ text: m[0], linkable: false });
		last = m.index! + m[0].length;
	}
	if (last < html.length) out.push({ text: html.slice(last), linkable: true });
	return out;
}

/**
 * Returns the steps with each term's first use wrapped in a link to its glossary entry, followed by
 * its definition as a tooltip, and the ids of the terms that were found.
 * @param href the glossary address for a term id
 */
export function linkGlossary(steps: readonly Step[], glossary: readonly GlossaryTerm[], href: (id: string) => string, lang: Lang = 'en'): { steps: Step[]; linked: string[] } {
	const pending = new Map(glossary.map((t) => [t.id, t]));
	const linked: string[] = [];
	const result = steps.map((step) => {
		const html = segments(step.html)
			.map((seg) => {
				if (!seg.linkable || !pending.size) return seg.text;
				let text = seg.text;
				let out = '';
				for (;;) {
					let best: { at: number; form: string; term: GlossaryTerm } | undefined;
					for (const term of pending.values())
						for (const form of termForms(term)) {
							const m = new RegExp(`${BEFORE[lang]}${escapeRe(escapeHtml(form))}(?![\\p{L}\\p{M}\\p{N}-])`, 'u').exec(text);
							// Both lengths are of the escaped text, so "R&D Lab" beats "R&D" whichever is tried first.
							if (m && (!best || m.index < best.at || (m.index === best.at && m[0].length > best.form.length)))
								best = { at: m.index, form: m[0], term };
						}
					if (!best) return out + text;
					const { at, form, term } = best;
					pending.delete(term.id);
					linked.push(term.id);
					out +=
						text.slice(0, at) +
						`<span class="term-wrap"><a class="term" ${ROUTER_SKIPS} href="${escapeHtml(href(term.id))}" aria-describedby="def-${term.id}">${form}</a>` +
						`<span class="term-def" role="tooltip" id="def-${term.id}"><span class="term-name">${escapeHtml(term.term)}</span> ${escapeHtml(term.plain)}</span></span>`;
					text = text.slice(at + form.length);
				}
			})
			.join('');
		return { ...step, html };
	});
	return { steps: result, linked };
}
