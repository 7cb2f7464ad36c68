// Reads a built site from disk: its pages, the links in them, and whether each internal one resolves.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

/** Every href, src and srcset address in a page, with the page's own URL path. */
export function linksIn(html: string): string[] {
	const out: string[] = [];
	for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) out.push(m[1]!.replace(/&amp;/g, '&'));
	for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) out.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
	return out;
}

/** The file a site path is served from, or null. */
export function fileFor(root: string, path: string): string | null {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
	for (const candidate of [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

/** The ids (and names) a page defines, for checking #anchors. */
export const idsIn = (html: string) => new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));

/** Internal links that resolve to no file, or to a page without the anchor they name. */
export function brokenLinks(root: string, base = ''): string[] {
	const broken: string[] = [];
	const pages = htmlFiles(root);
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => ids.get(file) ?? ids.set(file, idsIn(readFileSync(file, 'utf8'))).get(file)!;
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const pagePath = `/${page.slice(root.length + 1).replace(/index\.html$/, '')}`;
		for (const link of linksIn(html)) {
			if (/^(https?:|mailto:|data:)/.test(link) || link === '') continue;
			if (link.startsWith('//')) {
				broken.push(`${pagePath}: protocol-relative ${link}`);
				continue;
			}
			let target: string;
			let hash = '';
			if (link.startsWith('#')) {
				target = page;
				hash = link.slice(1);
			} else {
				const url = new URL(link, `http://site${base}${pagePath}`);
				if (base && !url.pathname.startsWith(`${base}/`)) {
					broken.push(`${pagePath}: ${link} is outside ${base}/`);
					continue;
				}
				const file = fileFor(root, url.pathname.slice(base.length));
				if (!file) {
					broken.push(`${pagePath}: ${link} (no file)`);
					continue;
				}
				target = file;
				hash = decodeURIComponent(url.hash.slice(1));
			}
			if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) broken.push(`${pagePath}: ${link} (no #${hash})`);
		}
	}
	return broken;
}
