// Where the loading budget goes: the built story page measured beside copies of itself with parts
// taken away, and beside the anchors, in one run and by the same code as the bench's loading rows.
//
//   npm run build && node bench/floor.mjs [--against DIR]... [--runs 5]
//
// The copies, made from build/index.html:
//   page                       the story page as built
//   no script                  the page as served, less SvelteKit's start script: the app never starts
//   no script, first chapter   and without the chapters after the first
//   no script, header only     only the header and the chapter bar
//   one line                   a paragraph of text with no style and no script: this machine's floor
// Each round loads every site once, in turn, so the machine's noise falls on all of them alike.
// Nothing here is a budget: it says how much of the page's blocking time its script adds.

import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { longTasksFromTrace, pageThread, tracedLoad } from './load.mjs';
import { median } from './lighthouse.mjs';
import { anchorSites, BenchError, runsOption } from './args.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4190);

/** @param {string} html @param {RegExp | string} what @param {string} label */
function mustFind(html, what, label) {
	const at = typeof what === 'string' ? html.indexOf(what) : html.search(what);
	if (at < 0) throw new BenchError(`build/index.html has no ${label}: the copies without it would be the page itself`);
	return at;
}

/** @param {string} html */
const withoutScript = (html) => {
	const start = /<script>\s*\{\s*__sveltekit_[\s\S]*?<\/script>/;
	mustFind(html, start, "SvelteKit start script");
	return html.replace(start, '');
};

/** @param {string} html */
const firstChapterOnly = (html) => {
	const starts = [...html.matchAll(/<section class="chapter"/g)].map((m) => /** @type {number} */ (m.index));
	if (starts.length < 2) throw new BenchError('build/index.html has fewer than two chapters (<section class="chapter">)');
	const last = starts[starts.length - 1];
	const end = html.indexOf('</section>', last);
	if (end < 0 || html.slice(last + 1, end).includes('<section')) throw new BenchError('the last chapter of build/index.html does not end where expected (a section inside it?)');
	return html.slice(0, starts[1]) + html.slice(end + '</section>'.length);
};

/** @param {string} html */
const headerOnly = (html) => {
	const start = mustFind(html, '<main id="story"', 'story (<main id="story">)');
	const end = html.lastIndexOf('</footer>');
	if (end < start) throw new BenchError('build/index.html has no credits footer after the story');
	return html.slice(0, start) + html.slice(end + '</footer>'.length);
};

const ONE_LINE =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
	'<title>One line</title><link rel="icon" href="/favicon.png"></head><body><p>One line of text.</p></body></html>';

/**
 * A folder that serves the build as it is, plus each copy at /floor-N/.
 * @param {string} build
 * @returns {{ root: string, pages: { name: string, path: string }[] }}
 */
function copies(build) {
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	const noScript = withoutScript(html);
	const pages = [
		{ name: 'no script', html: noScript },
		{ name: 'no script, first chapter', html: firstChapterOnly(noScript) },
		{ name: 'no script, header only', html: headerOnly(noScript) },
		{ name: 'one line', html: ONE_LINE }
	];
	const root = mkdtempSync(join(tmpdir(), 'floor-'));
	// The build's own files stay where the page's absolute addresses (/_app/…, /favicon.png) expect them.
	for (const entry of readdirSync(build)) symlinkSync(join(build, entry), join(root, entry));
	return {
		root,
		pages: [
			{ name: 'page', path: '/' },
			...pages.map((p, i) => {
				mkdirSync(join(root, `floor-${i}`));
				writeFileSync(join(root, `floor-${i}`, 'index.html'), p.html);
				return { name: p.name, path: `/floor-${i}/` };
			})
		]
	};
}

/**
 * One traced load: the bench's loading figures, and the longest Layout event in the window.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
async function measure(browser, url) {
	const { events, url: loaded } = await tracedLoad(browser, url);
	const s = longTasksFromTrace(events, loaded);
	const { same } = pageThread(events, loaded);
	const layouts = events.filter((e) => e.name === 'Layout' && e.ph === 'X' && same(e));
	return { blockingMs: s.blockingMs, longestTaskMs: s.longestTaskMs, layoutMs: Math.round(Math.max(0, ...layouts.map((e) => e.dur ?? 0)) / 1000) };
}

async function main() {
	const argv = process.argv.slice(2);
	const runs = runsOption(argv, 5);
	const build = resolve('build');
	if (!existsSync(join(build, 'index.html'))) throw new BenchError('no build/index.html: run `npm run build` first');
	const anchors = anchorSites(argv);
	const ours = copies(build);
	/** @type {Awaited<ReturnType<typeof startServer>>[]} */
	const servers = [];
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;
	try {
		servers.push(await startServer({ root: ours.root, port: PORT }));
		for (const [i, a] of anchors.entries()) servers.push(await startServer({ root: a.root, port: PORT + 1 + i }));
		const sites = [
			...ours.pages.map((p) => ({ name: p.name, url: servers[0].url + p.path })),
			...anchors.map((a, i) => ({ name: a.name, url: servers[1 + i].url + '/' }))
		];
		browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
		/** @type {Map<string, Awaited<ReturnType<typeof measure>>[]>} */
		const results = new Map(sites.map((s) => [s.name, []]));
		for (let run = 1; run <= runs; run++) {
			console.error(`Round ${run} of ${runs}…`);
			for (const s of sites) results.get(s.name)?.push(await measure(browser, s.url));
		}
		const cell = (/** @type {number[]} */ xs) => `${median(xs)} (${xs.join(' / ')})`;
		const rows = sites.map((s) => {
			const r = results.get(s.name) ?? [];
			return [s.name, cell(r.map((x) => x.blockingMs)), cell(r.map((x) => x.longestTaskMs)), cell(r.map((x) => x.layoutMs))];
		});
		const head = ['Site', 'Blocking, ms', 'Longest task, ms', 'Longest layout, ms'];
		const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
		const line = (/** @type {string[]} */ c) => c.map((x, i) => (i ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ');
		console.log(`Loading at 4× CPU, 390×844, navigation to 5 s after load; median of ${runs}, then each run\n`);
		console.log([line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n'));
	} finally {
		await browser?.close();
		for (const s of servers) await s.close();
		rmSync(ours.root, { recursive: true, force: true });
	}
}

try {
	await main();
} catch (err) {
	console.error(`bench/floor.mjs: ${err instanceof Error ? err.message : err}`);
	if (err instanceof Error && !(err instanceof BenchError)) console.error(err.stack);
	process.exitCode = 1;
}
