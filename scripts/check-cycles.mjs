// Finds import cycles in src/: between files, and between the folders directly under src/lib.
//
//   node scripts/check-cycles.mjs [--root DIR]
//
// Exits 1 if it finds any cycle (each printed with the imports that make it), 0 with a one-line
// summary if there is none, 2 on a usage error. Type-only imports count: they do not reach the
// bundle, but they still tie one folder's code to another's. No dependencies, so that it can run
// in `npm run check` before anything is built. The functions are exported for the unit tests
// (tests/unit/cycles.test.ts); the command-line part runs only when the file is executed directly.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * @typedef {'static' | 'side-effect' | 'export' | 'dynamic'} ImportKind
 * @typedef {{ specifier: string, kind: ImportKind, typeOnly: boolean, line: number }} ImportRecord
 * @typedef {{ from: string, to: string, specifier: string, kind: ImportKind, typeOnly: boolean, line: number }} Edge
 * @typedef {{ root: string, files: string[], edges: Map<string, Edge[]>, missing: Array<{ from: string, specifier: string, line: number }> }} Graph
 * @typedef {{ folders: string[], edges: Map<string, Map<string, Edge[]>> }} FolderGraph
 * @typedef {{ from: string, to: string, edges: Edge[], example: Edge }} FolderStep
 * @typedef {{ folders: string[], steps: FolderStep[] }} FolderCycle
 * @typedef {{ files: string[], edges: Edge[] }} FileCycle
 */

/** The files that are read for imports; anything else an import reaches (.csv, .json, .aml, .css…) is a leaf. */
export const CODE_EXTENSIONS = ['.ts', '.js', '.svelte'];

/** Where `$lib/…` and `$content/…` point, relative to the project root (svelte.config.js's `alias`). */
export const DEFAULT_ALIASES = { $lib: 'src/lib', $content: 'src/content' };

/** Tried in order after the exact path, the way Vite resolves the project's extensionless imports. */
const SUFFIXES = ['.ts', '.js', '.svelte', '.svelte.ts', '.svelte.js', '/index.ts', '/index.js'];

/** At most this many cycles of each kind are listed; a tangle of files can have thousands. */
const MAX_CYCLES = 50;

// ---------------------------------------------------------------------------------------------
// Reading imports

const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const PUNCTUATION_BEFORE_EXPRESSION = '(,=:[!&|?{};+-*%<>~^';

/**
 * The code with comments blanked and every string literal replaced by a numbered placeholder
 * `"N"` (its text in `strings[N]`); regular-expression literals and the text of template
 * literals with `${…}` are blanked too. Newlines are kept, so line numbers still hold. A string
 * can then hold `//`, `/*` or `import x from 'y'` without being read as a comment or an import.
 * @param {string} src
 * @returns {{ code: string, strings: string[] }}
 */
export function maskSource(src) {
	/** @type {string[]} */
	const out = [];
	/** @type {string[]} */
	const strings = [];
	/** Open-brace counts of the `${…}` expressions we are inside, innermost last. */
	/** @type {number[]} */
	const templateDepth = [];
	const n = src.length;
	let i = 0;

	/** @param {string} text */
	const newlinesOf = (text) => text.replace(/[^\n]/g, '');
	/** @param {string} text */
	const blank = (text) => text.replace(/[^\n]/g, ' ');
	/** @param {string} value @param {string} raw */
	const placeholder = (value, raw) => {
		strings.push(value);
		out.push(`"${strings.length - 1}"` + newlinesOf(raw));
	};

	/** Whether a `/` here starts a regular expression rather than a division, from what precedes it. */
	const regexAllowed = () => {
		// The last few significant characters written, without joining the whole output each time.
		let before = '';
		for (let k = out.length - 1; k >= 0 && before.trim().length < 16; k--) before = out[k] + before;
		before = before.trimEnd();
		if (before === '') return true;
		const last = before[before.length - 1] ?? '';
		if (PUNCTUATION_BEFORE_EXPRESSION.includes(last)) return true;
		const word = /[\w$]+$/.exec(before);
		return word !== null && KEYWORDS_BEFORE_EXPRESSION.has(word[0]) && !/[.\w$]/.test(before[before.length - word[0].length - 1] ?? '');
	};

	/**
	 * Reads template text from `start` up to its closing backtick or its next `${`.
	 * @param {number} start
	 */
	const templateChunk = (start) => {
		let j = start;
		while (j < n) {
			const c = src[j];
			if (c === '\\') j += 2;
			else if (c === '`') return { text: src.slice(start, j), end: j + 1, closed: true };
			else if (c === '$' && src[j + 1] === '{') return { text: src.slice(start, j), end: j + 2, closed: false };
			else j++;
		}
		return { text: src.slice(start), end: n, closed: true };
	};

	while (i < n) {
		const c = src[i];
		const d = src[i + 1];
		if (c === '/' && d === '/') {
			const end = src.indexOf('\n', i);
			i = end < 0 ? n : end;
		} else if (c === '/' && d === '*') {
			const end = src.indexOf('*/', i + 2);
			const stop = end < 0 ? n : end + 2;
			out.push(blank(src.slice(i, stop)));
			i = stop;
		} else if (c === '"' || c === "'") {
			let j = i + 1;
			while (j < n && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
			placeholder(src.slice(i + 1, Math.min(j, n)), src.slice(i, j + 1));
			i = j + 1;
		} else if (c === '`' || (c === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === 0)) {
			const opening = c === '`';
			if (!opening) templateDepth.pop();
			const chunk = templateChunk(i + 1);
			if (opening && chunk.closed) placeholder(chunk.text, src.slice(i, chunk.end));
			else {
				out.push(c + blank(chunk.text) + (chunk.closed ? '`' : '${'));
				if (!chunk.closed) templateDepth.push(0);
			}
			i = chunk.end;
		} else if (c === '/' && regexAllowed()) {
			// A regular expression runs to the next `/` outside a character class, on the same line.
			let j = i + 1;
			let inClass = false;
			while (j < n && src[j] !== '\n' && (inClass || src[j] !== '/')) {
				if (src[j] === '\\') j++;
				else if (src[j] === '[') inClass = true;
				else if (src[j] === ']') inClass = false;
				j++;
			}
			if (j < n && src[j] === '/') {
				j++;
				while (j < n && /[a-z]/i.test(src[j] ?? '')) j++;
				out.push('/re/');
				i = j;
			} else {
				out.push(c); // not a regular expression after all: a division at the start of a line
				i++;
			}
		} else {
			if (templateDepth.length > 0) {
				const top = templateDepth.length - 1;
				if (c === '{') templateDepth[top] = (templateDepth[top] ?? 0) + 1;
				else if (c === '}') templateDepth[top] = (templateDepth[top] ?? 1) - 1;
			}
			out.push(c ?? '');
			i++;
		}
	}
	return { code: out.join(''), strings };
}

/**
 * A .svelte file with everything but the contents of its `<script>` blocks blanked (newlines kept,
 * so line numbers still hold). Markup and `<style>` cannot import; an HTML comment hides a script.
 * @param {string} source
 */
export function svelteScripts(source) {
	let code = '';
	let last = 0;
	for (const m of source.matchAll(/<!--[\s\S]*?-->|(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/g)) {
		const open = m[1];
		const body = m[2];
		if (open === undefined || body === undefined) continue;
		const bodyStart = (m.index ?? 0) + open.length;
		code += source.slice(last, bodyStart).replace(/[^\n]/g, ' ') + body;
		last = bodyStart + body.length;
	}
	return code + source.slice(last).replace(/[^\n]/g, ' ');
}

const STR = String.raw`"(\d+)"`;
const NOT_AFTER = String.raw`(?<![\w$.])`;
const IMPORT_PATTERNS = /** @type {const} */ ([
	['static', new RegExp(String.raw`${NOT_AFTER}import\s+(type\s+)?([\w$*{},\s]*?)\s*\bfrom\s*${STR}`, 'g')],
	['side-effect', new RegExp(String.raw`${NOT_AFTER}import\s*${STR}`, 'g')],
	['export', new RegExp(String.raw`${NOT_AFTER}export\s+(type\s+)?(\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*${STR}`, 'g')],
	['dynamic', new RegExp(String.raw`${NOT_AFTER}import\s*\(\s*${STR}\s*[,)]`, 'g')]
]);

/**
 * Whether a binding list (`{ type A, type B }`, `X, { y }`, `* as ns`) names only types.
 * @param {string} bindings
 */
function onlyTypes(bindings) {
	const braces = /^\{([\s\S]*)\}$/.exec(bindings.trim());
	if (!braces || braces[1] === undefined) return false;
	const names = braces[1].split(',').map((s) => s.trim()).filter(Boolean);
	return names.length > 0 && names.every((s) => /^type\s+[\w$]/.test(s));
}

/**
 * Every import in a module's source: `import … from`, `import '…'`, `export … from`, `import type`
 * and `import('…')` (also as a type, `import('…').T`). Comments, strings and regular expressions
 * that merely contain such text are ignored; so is an `import()` of a computed path. For a
 * .svelte file only its `<script>` blocks are read; everything in a .d.ts file is type-only.
 * @param {string} source
 * @param {string} [file] the file's name, for its kind (.svelte, .d.ts)
 * @returns {ImportRecord[]}
 */
export function parseImports(source, file = '') {
	const { code, strings } = maskSource(file.endsWith('.svelte') ? svelteScripts(source) : source);
	const declaration = file.endsWith('.d.ts');
	/** @type {Array<ImportRecord & { index: number }>} */
	const found = [];
	for (const [kind, pattern] of IMPORT_PATTERNS) {
		for (const m of code.matchAll(pattern)) {
			const index = m.index ?? 0;
			let typeOnly = declaration;
			let placeholderIndex;
			if (kind === 'static') {
				const [, typeWord, bindings = '', n] = m;
				// `import type from '…'` is a default import named `type`.
				typeOnly ||= (typeWord !== undefined && bindings.trim() !== '') || onlyTypes(bindings);
				placeholderIndex = n;
			} else if (kind === 'export') {
				const [, typeWord, bindings = '', n] = m;
				typeOnly ||= typeWord !== undefined || onlyTypes(bindings);
				placeholderIndex = n;
			} else placeholderIndex = m[1];
			const specifier = strings[Number(placeholderIndex)];
			if (specifier === undefined) continue;
			const line = code.slice(0, index).split('\n').length;
			found.push({ specifier, kind, typeOnly, line, index });
		}
	}
	return found.sort((a, b) => a.index - b.index).map(({ index: _, ...record }) => record);
}

// ---------------------------------------------------------------------------------------------
// Resolving

/**
 * Whether a specifier names a file of the project (relative or through an alias) rather than a
 * package or one of SvelteKit's virtual modules (`$app/…`, `$env/…`).
 * @param {string} specifier
 * @param {Record<string, string>} [aliases]
 */
export function isLocalSpecifier(specifier, aliases = DEFAULT_ALIASES) {
	if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') return true;
	return Object.keys(aliases).some((a) => specifier === a || specifier.startsWith(a + '/'));
}

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * The absolute path of the file an import reaches, or null for a package, a virtual module or a
 * local file that does not exist. A `?raw` or `?url` query is dropped. Tries the exact path, then
 * the path with .ts, .js, .svelte, .svelte.ts (and .svelte.js), then its index.ts (index.js).
 * @param {string} specifier
 * @param {string} fromFile absolute path of the importing file
 * @param {string} root the project root, which the aliases are relative to
 * @param {Record<string, string>} [aliases]
 * @returns {string | null}
 */
export function resolveImport(specifier, fromFile, root, aliases = DEFAULT_ALIASES) {
	const path = specifier.replace(/[?#].*$/, '');
	let base = null;
	if (path.startsWith('.')) {
		if (isLocalSpecifier(path, {})) base = resolve(dirname(fromFile), path);
	} else {
		for (const [alias, target] of Object.entries(aliases)) {
			if (path === alias || path.startsWith(alias + '/')) base = resolve(root, target, '.' + path.slice(alias.length));
		}
	}
	if (base === null) return null;
	for (const candidate of [base, ...SUFFIXES.map((s) => base + s)]) if (isFile(candidate)) return candidate;
	// TypeScript's ESM style: `./x.js` for ./x.ts.
	if (base.endsWith('.js') && isFile(base.slice(0, -3) + '.ts')) return base.slice(0, -3) + '.ts';
	return null;
}

// ---------------------------------------------------------------------------------------------
// The graphs

/** @param {string} dir @returns {string[]} */
function walk(dir) {
	/** @type {string[]} */
	const files = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) files.push(...walk(path));
		else if (entry.isFile() && CODE_EXTENSIONS.some((e) => entry.name.endsWith(e))) files.push(path);
	}
	return files;
}

/**
 * Reads every .ts, .js and .svelte file under `root/src` and resolves its imports.
 * @param {string} root
 * @param {{ src?: string, aliases?: Record<string, string> }} [options]
 * @returns {Graph}
 */
export function buildGraph(root, { src = 'src', aliases = DEFAULT_ALIASES } = {}) {
	root = resolve(root);
	const files = walk(resolve(root, src)).sort();
	/** @type {Map<string, Edge[]>} */
	const edges = new Map();
	/** @type {Graph['missing']} */
	const missing = [];
	for (const from of files) {
		/** @type {Edge[]} */
		const out = [];
		for (const record of parseImports(readFileSync(from, 'utf8'), from)) {
			const to = resolveImport(record.specifier, from, root, aliases);
			if (to !== null) out.push({ from, to, ...record });
			else if (isLocalSpecifier(record.specifier, aliases)) missing.push({ from, specifier: record.specifier, line: record.line });
		}
		edges.set(from, out);
	}
	return { root, files, edges, missing };
}

/**
 * The folder directly under src/lib that a file belongs to (`lib` for a file directly in src/lib),
 * or null for a file outside src/lib.
 * @param {string} file absolute path
 * @param {string} root
 * @param {string} [lib]
 */
export function folderOf(file, root, lib = 'src/lib') {
	const rel = relative(resolve(root, lib), file);
	if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[a-z]:/i.test(rel)) return null;
	const parts = rel.split(sep);
	return parts.length > 1 ? (parts[0] ?? null) : 'lib';
}

/**
 * The graph of folders under src/lib: an edge from one folder to another for every import from a
 * file in the first to a file in the second, keeping the imports that make it.
 * @param {Graph} graph
 * @returns {FolderGraph}
 */
export function buildFolderGraph(graph) {
	/** @type {Set<string>} */
	const folders = new Set();
	/** @type {Map<string, Map<string, Edge[]>>} */
	const edges = new Map();
	for (const file of graph.files) {
		const from = folderOf(file, graph.root);
		if (from === null) continue;
		folders.add(from);
		for (const edge of graph.edges.get(file) ?? []) {
			const to = folderOf(edge.to, graph.root);
			if (to === null || to === from) continue;
			let byTarget = edges.get(from);
			if (!byTarget) edges.set(from, (byTarget = new Map()));
			const list = byTarget.get(to) ?? [];
			list.push(edge);
			byTarget.set(to, list);
		}
	}
	return { folders: [...folders].sort(), edges };
}

// ---------------------------------------------------------------------------------------------
// Cycles

/**
 * Tarjan's strongly connected components. `adjacency` maps each node to the nodes it points to;
 * a node that only appears as a target has no edges out.
 * @param {Map<string, string[]>} adjacency
 * @returns {string[][]}
 */
export function stronglyConnected(adjacency) {
	/** @type {Map<string, number>} */
	const index = new Map();
	/** @type {Map<string, number>} */
	const low = new Map();
	/** @type {Set<string>} */
	const onStack = new Set();
	/** @type {string[]} */
	const stack = [];
	/** @type {string[][]} */
	const components = [];
	/** @param {string} v */
	const visit = (v) => {
		index.set(v, index.size);
		low.set(v, index.get(v) ?? 0);
		stack.push(v);
		onStack.add(v);
		for (const w of adjacency.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
		}
		if (low.get(v) === index.get(v)) {
			/** @type {string[]} */
			const component = [];
			let w;
			do {
				w = stack.pop();
				if (w === undefined) break;
				onStack.delete(w);
				component.push(w);
			} while (w !== v);
			components.push(component.sort());
		}
	};
	for (const v of [...adjacency.keys()].sort()) if (!index.has(v)) visit(v);
	return components;
}

/**
 * Every elementary cycle of a directed graph (Johnson's algorithm), each as a closed chain
 * `[a, b, …, a]` starting at its alphabetically first node; shortest first. Stops after `limit`.
 * @param {Map<string, string[]>} adjacency
 * @param {number} [limit]
 * @returns {{ cycles: string[][], truncated: boolean }}
 */
export function elementaryCycles(adjacency, limit = Infinity) {
	const nodes = [...adjacency.keys()].sort();
	/** @type {string[][]} */
	const cycles = [];
	let truncated = false;
	for (let si = 0; si < nodes.length && !truncated; si++) {
		const s = nodes[si] ?? '';
		const later = new Set(nodes.slice(si));
		/** @type {Map<string, string[]>} */
		const sub = new Map();
		for (const v of later) sub.set(v, [...new Set(adjacency.get(v) ?? [])].filter((w) => later.has(w)).sort());
		const component = new Set(stronglyConnected(sub).find((c) => c.includes(s)) ?? [s]);
		/** @param {string} v */
		const next = (v) => (sub.get(v) ?? []).filter((w) => component.has(w));
		if (next(s).length === 0) continue;
		/** @type {Set<string>} */
		const blocked = new Set();
		/** @type {Map<string, Set<string>>} */
		const blockedBy = new Map();
		/** @type {string[]} */
		const path = [];
		/** @param {string} u */
		const unblock = (u) => {
			blocked.delete(u);
			const waiting = blockedBy.get(u);
			blockedBy.delete(u);
			for (const w of waiting ?? []) if (blocked.has(w)) unblock(w);
		};
		/** @param {string} v @returns {boolean} */
		const circuit = (v) => {
			let closed = false;
			path.push(v);
			blocked.add(v);
			for (const w of next(v)) {
				if (truncated) break;
				if (w === s) {
					if (cycles.length >= limit) truncated = true;
					else cycles.push([...path, s]);
					closed = true;
				} else if (!blocked.has(w) && circuit(w)) closed = true;
			}
			if (closed) unblock(v);
			else
				for (const w of next(v)) {
					const set = blockedBy.get(w) ?? new Set();
					set.add(v);
					blockedBy.set(w, set);
				}
			path.pop();
			return closed;
		};
		circuit(s);
	}
	cycles.sort((a, b) => a.length - b.length || a.join('\0').localeCompare(b.join('\0')));
	return { cycles, truncated };
}

/**
 * Cycles among files, each with the import that makes each step.
 * @param {Graph} graph
 * @param {number} [limit]
 * @returns {{ cycles: FileCycle[], truncated: boolean }}
 */
export function findFileCycles(graph, limit = MAX_CYCLES) {
	/** @type {Map<string, string[]>} */
	const adjacency = new Map();
	for (const [file, edges] of graph.edges) adjacency.set(file, edges.map((e) => e.to));
	const { cycles, truncated } = elementaryCycles(adjacency, limit);
	return {
		cycles: cycles.map((files) => ({
			files,
			edges: files.slice(1).map((to, i) => {
				const edge = (graph.edges.get(files[i] ?? '') ?? []).find((e) => e.to === to);
				if (!edge) throw new Error(`no import from ${files[i]} to ${to}`);
				return edge;
			})
		})),
		truncated
	};
}

/**
 * Cycles among the folders under src/lib, each step with all the imports that make it and one of
 * them as the example: where it can, the example starts from the file the previous step's example
 * reached, so the examples read as one chain through the code.
 * @param {FolderGraph} folderGraph
 * @param {number} [limit]
 * @returns {{ cycles: FolderCycle[], truncated: boolean }}
 */
export function findFolderCycles(folderGraph, limit = MAX_CYCLES) {
	/** @type {Map<string, string[]>} */
	const adjacency = new Map(folderGraph.folders.map((f) => [f, [...(folderGraph.edges.get(f)?.keys() ?? [])]]));
	const { cycles, truncated } = elementaryCycles(adjacency, limit);
	/** @param {string} from @param {string} to */
	const edgesBetween = (from, to) =>
		[...(folderGraph.edges.get(from)?.get(to) ?? [])].sort((a, b) => a.from.localeCompare(b.from) || a.line - b.line || a.to.localeCompare(b.to));
	return {
		cycles: cycles.map((folders) => {
			const lists = folders.slice(1).map((to, i) => ({ from: folders[i] ?? '', to, edges: edgesBetween(folders[i] ?? '', to) }));
			/** @type {FolderStep[]} */
			const steps = [];
			lists.forEach((step, i) => {
				const previous = steps[i - 1]?.example;
				const following = i + 1 < lists.length ? lists[i + 1]?.edges ?? [] : null;
				let candidates = step.edges;
				if (previous) {
					const chained = candidates.filter((e) => e.from === previous.to);
					if (chained.length > 0) candidates = chained;
				}
				const continuing = candidates.filter((e) => (following ? following.some((f) => f.from === e.to) : e.to === steps[0]?.example.from));
				const example = continuing[0] ?? candidates[0];
				if (!example) throw new Error(`no import from ${step.from} to ${step.to}`);
				steps.push({ ...step, example });
			});
			return { folders, steps };
		}),
		truncated
	};
}

// ---------------------------------------------------------------------------------------------
// The report

/**
 * Runs the whole check on a project and words its result.
 * @param {string} root
 * @param {{ limit?: number }} [options]
 * @returns {{ ok: boolean, output: string, warnings: string[], graph: Graph, fileCycles: FileCycle[], folderCycles: FolderCycle[] }}
 */
export function checkCycles(root, { limit = MAX_CYCLES } = {}) {
	const graph = buildGraph(root);
	const folderGraph = buildFolderGraph(graph);
	const files = findFileCycles(graph, limit);
	const folders = findFolderCycles(folderGraph, limit);
	/** @param {string} path */
	const rel = (path) => relative(graph.root, path).split(sep).join('/');
	/** @param {Edge} e */
	const typeNote = (e) => (e.typeOnly ? ' (type-only)' : e.kind === 'dynamic' ? ' (dynamic)' : '');
	/** @param {number} n @param {string} word */
	const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

	const lines = [];
	files.cycles.forEach((cycle, i) => {
		lines.push(`File cycle ${i + 1}: ${cycle.files.map(rel).join(' → ')}`);
		for (const e of cycle.edges) lines.push(`  ${rel(e.from)}:${e.line} imports '${e.specifier}'${typeNote(e)}`);
		lines.push('');
	});
	if (files.truncated) lines.push(`(only the first ${limit} file cycles are listed)`, '');
	folders.cycles.forEach((cycle, i) => {
		lines.push(`Folder cycle ${i + 1}: ${cycle.folders.map((f) => (f === 'lib' ? 'src/lib (its own files)' : `src/lib/${f}`)).join(' → ')}`);
		const width = Math.max(...cycle.steps.map((s) => `${s.from} → ${s.to}`.length));
		for (const s of cycle.steps) {
			const e = s.example;
			const others = s.edges.length > 1 ? `, 1 of ${plural(s.edges.length, 'import')} from ${plural(new Set(s.edges.map((x) => x.from)).size, 'file')}` : '';
			const allTypes = s.edges.length > 1 && s.edges.every((x) => x.typeOnly) ? ', all type-only' : '';
			lines.push(`  ${`${s.from} → ${s.to}`.padEnd(width)}  ${rel(e.from)}:${e.line} → ${rel(e.to)}${typeNote(e)}${others}${allTypes}`);
		}
		lines.push('');
	});
	if (folders.truncated) lines.push(`(only the first ${limit} folder cycles are listed)`, '');

	const counts = `${plural(graph.files.length, 'file')}, ${plural(folderGraph.folders.length, 'folder')}`;
	const ok = files.cycles.length === 0 && folders.cycles.length === 0;
	const found = [files.cycles.length > 0 && plural(files.cycles.length, 'file cycle'), folders.cycles.length > 0 && plural(folders.cycles.length, 'folder cycle')];
	lines.push(ok ? `check-cycles: ${counts}, no import cycles` : `check-cycles: ${counts}, ${found.filter(Boolean).join(' and ')}${files.truncated || folders.truncated ? ' (or more)' : ''}`);
	const warnings = graph.missing.map((m) => `check-cycles: warning: ${rel(m.from)}:${m.line} imports '${m.specifier}', which does not resolve to a file`);
	return { ok, output: lines.join('\n'), warnings, graph, fileCycles: files.cycles, folderCycles: folders.cycles };
}

/** @param {string[]} args */
function main(args) {
	let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--root' && args[i + 1] !== undefined) root = resolve(args[++i] ?? '');
		else if (arg?.startsWith('--root=')) root = resolve(arg.slice('--root='.length));
		else if (arg === '--help' || arg === '-h') {
			console.log('Usage: node scripts/check-cycles.mjs [--root DIR]\nLists import cycles among the files in DIR/src and among the folders in DIR/src/lib; exits 1 if there are any.');
			return 0;
		} else {
			console.error(`check-cycles: unknown argument ${arg}\nUsage: node scripts/check-cycles.mjs [--root DIR]`);
			return 2;
		}
	}
	if (!statSync(join(root, 'src'), { throwIfNoEntry: false })?.isDirectory()) {
		console.error(`check-cycles: no src/ folder in ${root}`);
		return 2;
	}
	const result = checkCycles(root);
	for (const w of result.warnings) console.error(w);
	console.log(result.output);
	return result.ok ? 0 : 1;
}

/** Whether this file is the script node was asked to run, rather than a module imported by another. */
function executedDirectly() {
	const script = process.argv[1];
	if (script === undefined) return false;
	try {
		return import.meta.url === pathToFileURL(realpathSync(script)).href;
	} catch {
		return false;
	}
}

if (executedDirectly()) process.exitCode = main(process.argv.slice(2));
