/**
 * Maps a path in the parsed ArchieML object (["steps", 12, "arrows", 0, "path"]) back to a line of
 * the source, so that content errors can say where to look. ArchieML keeps no positions, so this
 * re-reads the text with the same rules the content uses: arrays of objects whose items start with
 * a repeated first key, and `{blocks}` of keys.
 */
export type PathKey = string | number;

const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const keyLine = (key: string) => new RegExp(`^\\s*${escape(key)}\\s*:`);
/** `[key]`, `[.key]` or `{key}`. */
const blockLine = (key: string) => new RegExp(`^\\s*(\\[\\.?${escape(key)}\\]|\\{${escape(key)}\\})`);

export function locate(source: string, path: readonly PathKey[]): number {
	const lines = source.split(/\r?\n/);
	let from = 0;
	let to = lines.length;
	let best = 0;
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const next = path[i + 1];
		if (typeof key !== 'string') continue;
		if (typeof next === 'number') {
			// An array: find its opening line, then the start of item `next`.
			const open = findLine(lines, from, to, (l) => new RegExp(`^\\s*\\[\\.?${key}\\]`).test(l));
			if (open < 0) return best + 1;
			const end = arrayEnd(lines, open + 1, to);
			const firstKey = firstKeyAfter(lines, open + 1, end);
			best = open;
			if (!firstKey) return best + 1;
			const starts: number[] = [];
			for (let j = open + 1; j < end; j++) if (keyLine(firstKey).test(lines[j]!)) starts.push(j);
			const start = starts[next];
			if (start === undefined) return best + 1;
			from = start;
			to = starts[next + 1] ?? end;
			best = start;
			i++;
		} else {
			const at = findLine(lines, from, to, (l) => keyLine(key).test(l));
			if (at >= 0) return at + 1;
			// Not a `key:` line: a whole list (`[key]`) or a block (`{key}`), itself or a key inside it.
			const open = findLine(lines, from, to, (l) => blockLine(key).test(l));
			if (open < 0) return best + 1;
			best = open;
			if (next === undefined) return best + 1;
			from = open + 1;
			to = blockEnd(lines, from, to);
		}
	}
	return best + 1;
}

/** The line that closes the `{block}` opened just before `from`: `{}`, or the next block or list. */
function blockEnd(lines: string[], from: number, to: number): number {
	for (let i = from; i < to; i++) if (/^\s*(\{|\[[^.])/.test(lines[i]!)) return i;
	return to;
}

/** The line that closes the array opened just before `from`, skipping nested `[.sub]` arrays. */
function arrayEnd(lines: string[], from: number, to: number): number {
	let depth = 0;
	for (let i = from; i < to; i++) {
		const l = lines[i]!;
		if (/^\s*\[\.[^\]]+\]/.test(l)) depth++;
		else if (/^\s*\[\]/.test(l)) {
			if (depth === 0) return i;
			depth--;
		} else if (depth === 0 && /^\s*\[[^.\]]/.test(l)) return i;
	}
	return to;
}

function findLine(lines: string[], from: number, to: number, test: (l: string) => boolean): number {
	for (let i = from; i < to; i++) if (test(lines[i]!)) return i;
	return -1;
}

function firstKeyAfter(lines: string[], from: number, to: number): string | undefined {
	for (let i = from; i < to; i++) {
		const m = /^\s*([A-Za-z0-9_-]+)\s*:/.exec(lines[i]!);
		if (m) return m[1];
	}
	return undefined;
}
