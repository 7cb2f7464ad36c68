// A newsroom's article page on another origin, with the embed pasted into it the way the embed codes
// (src/lib/embed/snippets.ts) do. The page is served by the test through page.route: no network.
import type { Page } from '@playwright/test';

export const HOST_ORIGIN = 'http://newsroom.test';
/** The id of the host element pym.js fills, or of the frames iframe; pym also passes it as ?childId=. */
export const SLOT = 'iraq-embed';

export type Parent =
	| { kind: 'pym'; trackscroll?: boolean }
	| { kind: 'frames' };

const FILLER = [
	'City council members met late on Tuesday to debate the budget, which sets aside money for road repairs, two new libraries and a review of the transit authority’s contracts.',
	'Residents who spoke during the public comment period asked for more street lighting near the river path, and several shop owners raised the cost of parking downtown.',
	'The vote was postponed until next month, when the finance committee is expected to present revised figures that account for the state’s latest revenue forecast.',
	'Meanwhile, the school board announced that enrolment had risen for the third year running, driven largely by families moving into the new housing on the east side.',
	'Weather forecasters expect a dry weekend, with temperatures a few degrees above the seasonal average and light winds from the south-west.'
];

const paragraphs = (n: number, from = 0) =>
	Array.from({ length: n }, (_, i) => `<p>${FILLER[(from + i) % FILLER.length]}</p>`).join('\n');

function embedCode(parent: Parent, src: string, site: string) {
	const js = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');
	if (parent.kind === 'pym') {
		const options = parent.trackscroll ? '{ title: "Iraq explainer", trackscroll: true, scrollwait: 0 }' : '{}';
		return `<div id="${SLOT}"></div>
<script src="${site}vendor/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent(${js(SLOT)}, ${js(src)}, ${options});</script>`;
	}
	return `<iframe id="${SLOT}" src="${src}" title="Iraq explainer" width="100%" height="1200" scrolling="no" frameborder="0" style="border:0;display:block"></iframe>
<script src="${site}vendor/frames.umd.js"></script>
<script>newswireFrames.observeIframe(document.getElementById(${js(SLOT)}));</script>`;
}

export function articleHtml(parent: Parent, src: string, site: string, { before = 2, after = 6 } = {}) {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How the region got here — The Daily Newsroom</title>
<style>
	body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fff; }
	.masthead { border-bottom: 3px double #222; padding: 12px 16px; font: 700 22px/1.2 Georgia, serif; text-align: center; }
	.masthead a { color: inherit; text-decoration: none; }
	article { max-width: 1040px; margin: 0 auto; }
	article h1 { font-size: 32px; line-height: 1.2; margin: 24px 0 8px; }
	article h1, article p, .byline { padding: 0 16px; }
	.byline { color: #666; font-size: 15px; }
	.embed-wrap { margin: 24px 0; }
	footer { border-top: 1px solid #ccc; padding: 16px; font-size: 15px; }
</style>
</head>
<body>
<script>
	// Everything the embed says to this page, for the tests to read.
	window.fromEmbed = [];
	addEventListener('message', (e) => {
		const el = document.getElementById('${SLOT}');
		const frame = el && (el.tagName === 'IFRAME' ? el : el.querySelector('iframe'));
		if (frame && e.source === frame.contentWindow) window.fromEmbed.push(e.data);
	});
</script>
<header class="masthead"><a id="host-before" href="${HOST_ORIGIN}/">The Daily Newsroom</a></header>
<article>
	<h1>How the region got here</h1>
	<p class="byline">By Staff Reporters</p>
	${paragraphs(before)}
	<div class="embed-wrap">
${embedCode(parent, src, site)}
	</div>
	${paragraphs(after, before)}
</article>
<footer><a id="host-after" href="${HOST_ORIGIN}/next">Next article: the budget vote</a></footer>
</body>
</html>`;
}

/**
 * Opens the host article with the embed at `path` (e.g. "/embed/invasion/"), served from `site`
 * (the embed's origin, ending in "/").
 */
export async function openArticle(page: Page, site: string, path: string, parent: Parent, options?: { before?: number; after?: number }) {
	const src = new URL(path.replace(/^\//, ''), site).href;
	await page.route(`${HOST_ORIGIN}/**`, (route) =>
		route.request().resourceType() === 'document'
			? route.fulfill({ contentType: 'text/html; charset=utf-8', body: articleHtml(parent, src, site, options) })
			: route.fulfill({ status: 404, body: '' })
	);
	await page.goto(`${HOST_ORIGIN}/article`);
	return page.locator(`#${SLOT}${parent.kind === 'pym' ? ' iframe' : ''}`);
}
