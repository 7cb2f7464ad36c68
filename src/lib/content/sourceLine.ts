import type { Source, Step } from './types';
import { ROUTER_SKIPS, escapeHtml } from '../html';
import { prefixOf, type Lang } from '../i18n';
import { UI } from '../i18n/ui';
import { fill } from '../i18n/fill';

/**
 * A step's line of sources, as HTML: each source's number (to its entry on the sources page) and its
 * publisher and year, or the publisher alone for an undated source (to the source itself); chart steps
 * add a link to the chart's numbers. Written at build time, so the page hydrates one block per step
 * instead of every link.
 */
export function sourceLineHtml(step: Step, sources: ReadonlyMap<string, Source>, numbers: ReadonlyMap<string, number>, base: string, lang: Lang = 'en'): string {
	const t = UI[lang];
	const home = escapeHtml(base + prefixOf(lang));
	const comma = lang === 'ar' ? '، ' : ', ';
	const items = step.sources.map((id) => {
		const s = sources.get(id);
		const n = numbers.get(id);
		if (!s || n === undefined) throw new Error(`step ${step.id}: unknown source ${id}`);
		return `<a class="mark" ${ROUTER_SKIPS} href="${home}/sources/#${escapeHtml(s.id)}" aria-label="${escapeHtml(fill(t.sourceMark, { n }))}">${n}</a>&#8201;<a href="${escapeHtml(s.url)}" rel="noopener" title="${escapeHtml(s.title)}">${escapeHtml(s.publisher)}${s.date === 'undated' ? '' : `${comma}${escapeHtml(s.date.slice(0, 4))}`}</a>`;
	});
	const chart = step.view === 'chart' ? `<br><a href="${home}/sources/#chart-data-title">${escapeHtml(t.chartNumbers)}</a>` : '';
	return `<p class="sources"><span class="visually-hidden">${escapeHtml(t.sources)}: </span>${items.join(' · ')}${chart}</p>`;
}
