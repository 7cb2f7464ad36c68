import { story } from '$lib/content/site.server';
import { basemapDefs } from '$lib/graphic/basemapDefs';
import { pictureData } from '$lib/graphic/data.server';
import { FIGURE_WIDTHS } from '$lib/graphic/figures';
import { stateForStep } from '$lib/graphic';
import { escapeHtml } from '$lib/html';
import { CARD_NAMES, cardPng } from './cards.server';
import { figureMarkup, figureStyle } from './figures.server';

/**
 * A contact sheet for a reviewer's eye: every step's still picture at the phone and desktop widths
 * (the same markup the golden files hold), then the share cards, on one page. The shapes are defined
 * once for the page, and a switch shows the dark theme.
 */
export function contactSheet(): string {
	const rows = story.steps.map((s, i) => {
		const state = stateForStep(story, i);
		const figures = FIGURE_WIDTHS.map((w) => `<figure>${figureMarkup(state, w)}<figcaption>${w} px</figcaption></figure>`).join('');
		return `<section id="${escapeHtml(s.id)}"><h2>${i + 1}. ${escapeHtml(s.id)} <small>${escapeHtml(s.chapter)} · ${s.view}</small></h2><p>${escapeHtml(s.alt)}</p><div class="row">${figures}</div></section>`;
	});
	const cards = CARD_NAMES.map((name) => `<figure><img width="600" height="315" alt="Share card: ${name}" src="data:image/png;base64,${Buffer.from(cardPng(name)).toString('base64')}"><figcaption>${name}</figcaption></figure>`);
	return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Contact sheet · ${escapeHtml(story.title)}</title>
${figureStyle()}
<style>
body { margin: 24px; font: 15px/1.4 system-ui, sans-serif; background: var(--paper); color: var(--ink); color-scheme: light; }
body.dark { color-scheme: dark; }
section { border-top: 1px solid var(--border); padding: 8px 0 16px; }
h2 { font-size: 17px; margin: 0 0 2px; } small { font-weight: 400; color: var(--muted); } p { margin: 0 0 8px; color: var(--muted); max-width: 60rem; }
.row { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; } figure { margin: 0; } figure svg, figure img { display: block; outline: 1px solid var(--border); }
figcaption { font-size: 13px; color: var(--muted); }
</style>
<label><input type="checkbox" onchange="document.body.classList.toggle('dark', this.checked)"> Dark theme</label>
<h1>${escapeHtml(story.title)}: every picture</h1>
<svg width="0" height="0" style="position:absolute" aria-hidden="true">${basemapDefs(pictureData.basemap)}</svg>
${rows.join('\n')}
<section><h2>Share cards</h2><div class="row">${cards.join('')}</div></section>
</html>
`;
}
