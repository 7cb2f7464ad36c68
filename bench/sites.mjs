// The sites a bench measures beside ours (`--against DIR`), shared by bench/run.mjs and bench/floor.mjs.
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
