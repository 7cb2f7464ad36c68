import { nextTask } from '$lib/nextTask';

/**
 * Where a live map's `<use>` points for the shapes file at `url`: null until its shapes are in the
 * page, then '' (the page's own `#shape-…`). The first call fetches the file, once for the page.
 * A `<use>` that points into the file itself makes Chromium fetch and parse the file again whenever
 * it is added after the file has loaded, unless the host lets the browser cache the file: five more
 * times over the story, 10–18 ms of parsing each at 4× CPU, and a round trip each on a phone's
 * network. If the file cannot be fetched, or is not an SVG file, it gives the file's address, and
 * the browser tries the file itself. Reactive: read it inside a getter or `$derived`.
 */
export function pageShapes(url: string): string | null {
	if (typeof document === 'undefined') return null;
	if (asked !== url) {
		asked = url;
		void load(url, document);
	}
	return shapes;
}

let asked: string | undefined;
let shapes = $state<string | null>(null);

async function load(url: string, doc: Document): Promise<void> {
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url} answered ${response.status}`);
		const file = await response.text();
		// A host that answers a missing file with a page of its own must not put that page in this one.
		if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(file)) throw new Error(`${url} is not an SVG file`);
		// The parse in a task of its own, not in the one that fetched.
		await nextTask();
		// Shapes in a hidden element are not drawn there: only the maps' `<use>` draw them.
		const holder = doc.createElement('div');
		holder.hidden = true;
		holder.className = 'page-shapes';
		holder.innerHTML = file;
		doc.body.append(holder);
		shapes = '';
	} catch (e) {
		console.warn('The map shapes could not be kept in the page; the maps point at the file.', e);
		shapes = url;
	}
}
