/** The embed codes a newsroom pastes into its CMS. */
import { escapeHtml } from '$lib/html';

export interface EmbedTarget {
	/** Absolute address of the embed page. */
	src: string;
	/** Absolute address of the site, where the scripts live. */
	site: string;
	title: string;
	/** A short id for the host page's element, unique per target. */
	slug: string;
}

const js = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/** pym.js, with scroll tracking on, so the embedded story scrolls as scrollytelling. */
export const pymSnippet = (t: EmbedTarget) =>
	`<div id="${t.slug}"></div>
<script src="${escapeHtml(t.site)}vendor/pym.v1.min.js"></script>
<script>new pym.Parent(${js(t.slug)}, ${js(t.src)}, { title: ${js(t.title)}, trackscroll: true, scrollwait: 0 });</script>`;

/** A plain iframe that @newswire/frames keeps at the height of its content (the stacked layout). */
export const framesSnippet = (t: EmbedTarget) =>
	`<iframe id="${t.slug}" src="${escapeHtml(t.src)}" title="${escapeHtml(t.title)}" width="100%" height="1200" scrolling="no" frameborder="0" style="border:0;display:block"></iframe>
<script src="${escapeHtml(t.site)}vendor/frames.umd.js"></script>
<script>newswireFrames.observeIframe(document.getElementById(${js(t.slug)}));</script>`;
