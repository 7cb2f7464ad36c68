import { createHash } from 'node:crypto';

const sha256 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

/** Resolves once the browser reports its first contentful paint, or after a second at most (no paint timing, a background tab). */
const AFTER_FIRST_PAINT =
	"new Promise((go) => { const t = setTimeout(go, 1000); try { new PerformanceObserver((l) => { if (l.getEntriesByName('first-contentful-paint').length) { clearTimeout(t); go(); } }).observe({ type: 'paint', buffered: true }); } catch { clearTimeout(t); setTimeout(go); } })";

/**
 * Starts SvelteKit's hydration after the first paint instead of while the page is still being
 * parsed. The page is complete without JavaScript (text, first picture), so nothing a reader
 * sees waits for this; it keeps the start-up scripts out of the way of the first paint. The inline
 * script changes, so its hash in the Content-Security-Policy is replaced to match.
 * Returns the page unchanged if SvelteKit's start-up script is not in the expected form.
 */
export function deferStart(html: string): string {
	const m = /<script>([^<]*?const element = document\.currentScript\.parentElement;[\s\S]*?)<\/script>/.exec(html);
	if (!m) return html;
	const script = m[1]!;
	const open = script.indexOf('Promise.all([');
	if (open < 0) return html;
	// The array of imports ends at its matching bracket, and Promise.all's call right after it.
	let depth = 0;
	let end = -1;
	for (let i = open + 'Promise.all('.length; i < script.length && end < 0; i++) {
		if (script[i] === '[') depth++;
		else if (script[i] === ']' && --depth === 0) end = i;
	}
	const paren = end < 0 ? null : /^\s*\)/.exec(script.slice(end + 1));
	if (!paren) return html;
	const close = end + 1 + paren[0].length;
	const deferred = `${script.slice(0, open)}${AFTER_FIRST_PAINT}.then(() => ${script.slice(open, close)})${script.slice(close)}`;
	const before = sha256(script);
	const out = html.replace(script, () => deferred);
	return out.includes(`'${before}'`) ? out.replace(`'${before}'`, `'${sha256(deferred)}'`) : out;
}
