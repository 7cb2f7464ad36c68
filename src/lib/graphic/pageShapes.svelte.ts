import { nextTask } from '$lib/nextTask';
import type { ShapesFile } from './shapeId';

/**
 * A live map's shapes, from the shapes file at `url`: fetched once, then kept in the page's own
 * document, where each map's `<use>` points (`#shape-…`). A `<use>` that points into the file makes
 * Chromium fetch and parse the file again whenever it is added after the file has loaded, unless the
 * host lets the browser cache the file: five more times over the story, about 22 ms of the main thread
 * each at 4× CPU, and a round trip each on a phone's network. The getter gives null (no shapes yet)
 * until the shapes are in; if the file cannot be fetched, it gives the file's address, and the
 * browser tries the file itself.
 */
export function pageShapes(url: string): ShapesFile {
	return () => {
		if (typeof document === 'undefined') return null;
		if (asked !== url) {
			asked = url;
			void load(url, document);
		}
		return shapes;
	};
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
