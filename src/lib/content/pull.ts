/**
 * Copy from a shared document: newsroom writers keep the content in a document (Google Docs, Word
 * online) and export it as plain text or as HTML. This turns either export into ArchieML, with the
 * document's bold, italics and links as the content's markup (`**bold**`, `*italics*`,
 * `[text](url)`), and remembers which line of the document each line came from, so that a
 * mistake is reported where the writer will look for it (`npm run copy:pull`).
 */

export interface Pulled {
	/** The document as ArchieML. */
	aml: string;
	/** For each line of `aml`, from 0: the document's line, from 1 (a paragraph of an HTML export). */
	lineOf: number[];
}

/** A plain-text export: the lines are the document's, without its byte-order mark or carriage returns. */
export function fromPlainText(text: string): Pulled {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	return { aml: lines.join('\n'), lineOf: lines.map((_, i) => i + 1) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
export const decodeEntities = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
		e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)
	);

/** Google Docs sends every link through its redirect (`https://www.google.com/url?q=<the link>&sa=…`): the link is the `q`. */
export function unwrapLink(href: string): string {
	try {
		const url = new URL(href);
		if (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') return url.searchParams.get('q') ?? href;
	} catch {
		return href;
	}
	return href;
}

interface Style {
	bold: boolean;
	italic: boolean;
}

/** The classes a Google Docs export defines for bold and italic type (`.c3{font-weight:700}`). */
function classStyles(html: string): Map<string, Partial<Style>> {
	const styles = new Map<string, Partial<Style>>();
	for (const css of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi))
		for (const rule of css[1]!.matchAll(/\.([\w-]+)\s*\{([^}]*)\}/g)) styles.set(rule[1]!, inlineStyle(rule[2]!));
	return styles;
}

function inlineStyle(css: string): Partial<Style> {
	const out: Partial<Style> = {};
	const weight = /font-weight\s*:\s*(\w+)/i.exec(css)?.[1];
	if (weight) out.bold = weight === 'bold' || Number(weight) >= 600;
	const style = /font-style\s*:\s*(\w+)/i.exec(css)?.[1];
	if (style) out.italic = style === 'italic';
	return out;
}

const attr = (tag: string, name: string) => decodeEntities(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1] ?? new RegExp(`\\s${name}\\s*=\\s*'([^']*)'`, 'i').exec(tag)?.[1] ?? '');

/** A run of text in one style, inside a link or not. */
interface Run extends Style {
	text: string;
	href?: string;
}

/** The runs as markup: neighbours in the same style join, and the marks go round the words, not the spaces. */
function markup(runs: Run[]): string {
	const joined: Run[] = [];
	for (const r of runs) {
		const last = joined.at(-1);
		if (last && last.bold === r.bold && last.italic === r.italic && last.href === r.href) last.text += r.text;
		else joined.push({ ...r });
	}
	return joined
		.map((r) => {
			const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
			if (!core) return r.text;
			let s = core!;
			if (r.italic) s = `*${s}*`;
			if (r.bold) s = `**${s}**`;
			if (r.href) s = `[${s}](${r.href})`;
			return `${lead}${s}${trail}`;
		})
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * An HTML export: each paragraph, heading or list item is one line of ArchieML (a list item starts
 * with `* `, as ArchieML's simple lists do), and its bold, italic and linked runs become markup.
 */
export function fromHtml(html: string): Pulled {
	const classes = classStyles(html);
	const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
	const lines: string[] = [];
	const stack: { tag: string; style: Partial<Style>; href?: string }[] = [];
	let runs: Run[] = [];
	let inBlock = false;
	let listItem = false;
	const current = (): Style & { href?: string } => {
		const s: Style & { href?: string } = { bold: false, italic: false };
		for (const f of stack) {
			if (f.style.bold !== undefined) s.bold = f.style.bold;
			if (f.style.italic !== undefined) s.italic = f.style.italic;
			if (f.href) s.href = f.href;
		}
		return s;
	};
	const endBlock = () => {
		if (!inBlock) return;
		lines.push(`${listItem ? '* ' : ''}${markup(runs)}`);
		runs = [];
		inBlock = false;
		listItem = false;
		stack.length = 0;
	};
	const BLOCK = /^(p|h[1-6]|li|div|title)$/;
	for (const m of body.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
		if (m[4] !== undefined) {
			if (!inBlock) {
				if (!m[4].trim()) continue;
				inBlock = true;
			}
			runs.push({ ...current(), text: decodeEntities(m[4]) });
			continue;
		}
		const [, closing, rawName, rest] = m;
		const name = rawName!.toLowerCase();
		if (BLOCK.test(name)) {
			endBlock();
			if (!closing) {
				inBlock = true;
				listItem = name === 'li';
			}
			continue;
		}
		if (name === 'br') {
			runs.push({ ...current(), text: ' ' });
			continue;
		}
		if (closing) {
			const i = stack.map((f) => f.tag).lastIndexOf(name);
			if (i >= 0) stack.splice(i);
			continue;
		}
		if (/\/\s*$/.test(rest!)) continue;
		const style: Partial<Style> = { ...inlineStyle(attr(` ${rest}`, 'style')) };
		for (const c of attr(` ${rest}`, 'class').split(/\s+/)) Object.assign(style, classes.get(c) ?? {});
		if (name === 'b' || name === 'strong') style.bold = true;
		if (name === 'i' || name === 'em') style.italic = true;
		const href = name === 'a' ? unwrapLink(attr(` ${rest}`, 'href')) : undefined;
		stack.push({ tag: name, style, ...(href ? { href } : {}) });
	}
	endBlock();
	return { aml: lines.join('\n'), lineOf: lines.map((_, i) => i + 1) };
}

/** An export as ArchieML, by its content: HTML when it looks like HTML, else plain text. */
export const pull = (text: string): Pulled => (/^\s*(<!doctype html|<html|<meta|<body|<p[\s>])/i.test(text.replace(/^\uFEFF/, '')) ? fromHtml(text) : fromPlainText(text));
