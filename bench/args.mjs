// Command-line options the bench's tools share: the sites measured beside ours (`--against DIR`),
// and the number of runs (`--runs N`).
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** A failure to measure that the message explains fully: no stack trace needed. */
export class BenchError extends Error {}

/**
 * Every `--against DIR` in argv: DIR is a static site (it has an index.html) or a folder of them
 * (each subfolder with an index.html is one site), such as ../shared/anchors.
 * @param {string[]} argv
 * @returns {{ name: string, root: string }[]}
 */
export function anchorSites(argv) {
	/** @type {{ name: string, root: string }[]} */
	const sites = [];
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] !== '--against') continue;
		const dir = argv[++i];
		if (!dir) throw new BenchError('--against needs a folder');
		const abs = resolve(dir);
		if (!existsSync(abs)) throw new BenchError(`--against ${dir}: no such folder`);
		if (existsSync(join(abs, 'index.html'))) sites.push({ name: basename(abs), root: abs });
		else {
			const subs = readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(abs, d.name, 'index.html')));
			if (!subs.length) throw new BenchError(`--against ${dir}: neither it nor a subfolder has an index.html`);
			for (const d of subs) sites.push({ name: d.name, root: join(abs, d.name) });
		}
	}
	return sites;
}

/**
 * `--runs N` in argv, a whole number of 1 or more, or `fallback` when it is absent.
 * @param {string[]} argv
 * @param {number} fallback
 */
export function runsOption(argv, fallback) {
	const i = argv.indexOf('--runs');
	if (i < 0) return fallback;
	const n = Number(argv[i + 1]);
	if (!Number.isInteger(n) || n < 1) throw new BenchError('--runs takes a whole number of runs, 1 or more');
	return n;
}
