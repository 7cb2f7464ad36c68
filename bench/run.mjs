// Performance report for the built site, optionally beside other static sites measured by the same
// code in the same run (`--against DIR`): build, serve with gzip, then for each site Lighthouse
// (mobile), main-thread work while loading, and scroll smoothness, 3 runs each, and first-load
// bytes. One table on stdout, everything in bench/results.json. Exit status: 0 when every budget is
// met, 2 when one fails, 1 when something could not be measured. Progress goes to stderr.
//
//   node bench/run.mjs [--no-build] [--against DIR]...     env: BENCH_PORT (4190), CHROMIUM_PATH
//
// DIR is a static site (it has an index.html) or a folder of them (each subfolder with an
// index.html is one site), such as ../shared/anchors.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { runLighthouse, median } from './lighthouse.mjs';
import { firstLoadBytes, BYTES_METHOD } from './bytes.mjs';
import { scrollSmoothness } from './scroll.mjs';
import { loadBlocking } from './load.mjs';
import { anchorSites, BenchError } from './args.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const BUILD_DIR = join(ROOT, 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const RUNS = 3;
const OURS = 'this site';

const BUDGET = {
	score: 100,
	lcpMs: 1000,
	tbtMs: 50,
	cls: 0.01,
	// Blocking while loading: no more than the better of the anchors in the same run (set at run time);
	// LCP too when there are anchors (lcpMs is for a run without them).
	longestAfterPaintMs: 100,
	jsBytes: 60_000,
	totalBytes: 200_000,
	longTasks: 0,
	longestTaskMs: 50,
	p95FrameMs: 17
};

const log = (/** @type {string} */ msg) => console.error(msg);
const kb = (/** @type {number} */ b) => `${(b / 1000).toFixed(1)} KB`;
const ms = (/** @type {number} */ x) => `${Math.round(x)} ms`;
const slug = (/** @type {string} */ p) => p.replace(/^\/|\/$/g, '').replace(/[^\w-]+/g, '-') || 'home';

function build() {
	// Served at /, so build without a base path even if the shell has one set.
	const env = { ...process.env };
	if (env.BASE_PATH) log(`(ignoring BASE_PATH=${env.BASE_PATH} for this build)`);
	delete env.BASE_PATH;
	return new Promise((ok, fail) => {
		// Build output to stderr: stdout is for the report.
		const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env, stdio: ['ignore', process.stderr, process.stderr] });
		child.on('error', fail);
		child.on('exit', (code) => (code === 0 ? ok(undefined) : fail(new BenchError(`npm run build exited with ${code} (its output is above)`))));
	});
}

/**
 * @typedef {{ value: number | null, display: string }} Cell
 * @typedef {{ group: string, metric: string, cells: Record<string, Cell>, budget: number | null,
 *   budgetDisplay: string, pass: boolean | null }} Row
 * cells: one per site, by name. pass: for this site's value; null for rows that are information
 * only or could not be measured (n/a).
 */

/** The median and every run, as the table shows them. @param {number[]} xs @param {(x: number) => string} fmt */
const runsCell = (xs, fmt) => ({ value: median(xs), display: `${fmt(median(xs))} (${xs.map(fmt).join(' / ')})` });
const num = (/** @type {number} */ x) => String(Math.round(x));
const ms1 = (/** @type {number} */ x) => String(Math.round(x * 10) / 10);

/**
 * Everything measured for one site.
 * @param {import('playwright-core').Browser} browser
 * @param {{ name: string, url: string, bytesPages: string[] }} site
 * @param {string} chromePath
 */
async function measure(browser, site, chromePath) {
	log(`\n== ${site.name} (${site.url}/)`);
	log(`Lighthouse / (mobile, ${RUNS} runs)…`);
	const lighthouse = await runLighthouse(site.url + '/', { runs: RUNS, chromePath, log });
	/** @type {Record<string, any>} */
	const bytes = {};
	for (const p of site.bytesPages) {
		log(`First-load bytes ${p}…`);
		bytes[p] = await firstLoadBytes(browser, site.url + p);
	}
	const load = [];
	for (let i = 0; i < RUNS; i++) {
		load.push(await loadBlocking(browser, site.url + '/'));
		log(`  load run ${i + 1}/${RUNS}: blocking ${load[i].blockingMs} ms, longest task ${load[i].longestTaskMs} ms, main-thread work ${load[i].busyMs} ms`);
	}
	const scroll = [];
	for (let i = 0; i < RUNS; i++) {
		log(`Scroll / run ${i + 1}/${RUNS} (390×844, 4× CPU)…`);
		scroll.push(await scrollSmoothness(browser, site.url + '/', { log }));
	}
	return { lighthouse, bytes, load, scroll };
}

async function main() {
	const started = Date.now();
	let chromePath;
	try {
		chromePath = chromiumPath();
	} catch (err) {
		throw new BenchError(err instanceof Error ? err.message : String(err)); // has the install hint
	}
	const anchors = anchorSites(process.argv.slice(2));

	let buildMs = null;
	if (!process.argv.includes('--no-build')) {
		log('Building (npm run build)…');
		const t = Date.now();
		await build();
		buildMs = Date.now() - t;
	}
	if (!existsSync(join(BUILD_DIR, 'index.html'))) throw new BenchError(`${BUILD_DIR}/index.html missing: run without --no-build`);

	const roots = [{ name: OURS, root: BUILD_DIR, bytesPages: ['/', '/embed/'] }, ...anchors.map((a) => ({ ...a, bytesPages: ['/'] }))];
	/** @type {Awaited<ReturnType<typeof startServer>>[]} */
	const servers = [];
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;
	try {
		for (const [i, r] of roots.entries()) servers.push(await startServer({ root: r.root, port: PORT + i }));
		browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
		const chromiumVersion = browser.version();

		/** @type {Record<string, Awaited<ReturnType<typeof measure>>>} */
		const m = {};
		for (const [i, r] of roots.entries()) m[r.name] = await measure(browser, { name: r.name, url: servers[i].url, bytesPages: r.bytesPages }, chromePath);
		writeFileSync(join(BENCH_DIR, 'lighthouse-home.json'), m[OURS].lighthouse.medianReport);

		const names = roots.map((r) => r.name);
		/** @type {Row[]} */
		const rows = [];
		/**
		 * @param {string} group @param {string} metric
		 * @param {(x: Awaited<ReturnType<typeof measure>>) => Cell | null} cell
		 * @param {number | null} budget @param {string} budgetDisplay @param {(v: number) => boolean} [ok]
		 */
		const add = (group, metric, cell, budget = null, budgetDisplay = '—', ok) => {
			/** @type {Record<string, Cell>} */
			const cells = {};
			for (const n of names) cells[n] = cell(m[n]) ?? { value: null, display: '—' };
			const v = cells[OURS].value;
			rows.push({ group, metric, cells, budget, budgetDisplay, pass: ok && v !== null ? ok(v) : null });
		};

		const lg = `Lighthouse / (mobile; median of ${RUNS}, then each run)`;
		for (const [key, label] of /** @type {const} */ ([['performance', 'Performance'], ['accessibility', 'Accessibility'], ['bestPractices', 'Best practices'], ['seo', 'SEO']]))
			add(lg, label, (x) => runsCell(x.lighthouse.runs.map((r) => /** @type {number} */ (r[key])), num), BUDGET.score, String(BUDGET.score), (v) => v >= BUDGET.score);
		// LCP under Lighthouse's simulated throttling follows the machine (on 2026-11-30 here, the
		// anchors, pages of a few lines, measured 1.43 s and 1.50 s): it is held to the better
		// anchor's in the same run, and to BUDGET.lcpMs when the bench runs alone.
		const anchorLcp = anchors.map((a) => median(m[a.name].lighthouse.runs.map((r) => /** @type {number} */ (r.lcp))));
		const lcpBudget = anchorLcp.length ? Math.min(...anchorLcp) : BUDGET.lcpMs;
		add(lg, 'LCP', (x) => runsCell(x.lighthouse.runs.map((r) => /** @type {number} */ (r.lcp)), ms), lcpBudget, anchorLcp.length ? `≤ ${ms(lcpBudget)} (best anchor)` : `≤ ${ms(lcpBudget)}`, (v) => v <= lcpBudget);
		add(lg, 'TBT', (x) => runsCell(x.lighthouse.runs.map((r) => /** @type {number} */ (r.tbt)), ms), BUDGET.tbtMs, `≤ ${ms(BUDGET.tbtMs)}`, (v) => v <= BUDGET.tbtMs);
		add(lg, 'CLS', (x) => runsCell(x.lighthouse.runs.map((r) => /** @type {number} */ (r.cls)), (c) => c.toFixed(3)), BUDGET.cls, `≤ ${BUDGET.cls}`, (v) => v <= BUDGET.cls);

		const anchorBlocking = anchors.map((a) => median(m[a.name].load.map((r) => r.blockingMs)));
		const blockingBudget = anchorBlocking.length ? Math.min(...anchorBlocking) : null;
		const ld = `Loading / (390×844, 4× CPU, navigation to 5 s after load; median of ${RUNS}, then each run)`;
		add(ld, 'Blocking (sum of long tasks’ time over 50 ms)', (x) => runsCell(x.load.map((r) => r.blockingMs), ms), blockingBudget, blockingBudget === null ? 'n/a: no --against' : `≤ ${ms(blockingBudget)} (best anchor)`, blockingBudget === null ? undefined : (v) => v <= blockingBudget);
		add(ld, 'Longest task after first paint', (x) => runsCell(x.load.map((r) => r.longestAfterPaintMs), ms), BUDGET.longestAfterPaintMs, `≤ ${ms(BUDGET.longestAfterPaintMs)}`, (v) => v <= BUDGET.longestAfterPaintMs);
		add(ld, 'Longest task', (x) => runsCell(x.load.map((r) => r.longestTaskMs), ms));
		add(ld, 'Long tasks', (x) => runsCell(x.load.map((r) => r.longTasks), num));
		add(ld, 'Main-thread work (every task’s time)', (x) => runsCell(x.load.map((r) => r.busyMs), ms));

		for (const p of ['/', '/embed/']) {
			const g = `First load ${p} (gzip, wire bytes)`;
			/** @param {string} k */
			const b = (k) => (/** @type {Awaited<ReturnType<typeof measure>>} */ x) => (x.bytes[p] && !x.bytes[p].notFound ? { value: x.bytes[p][k], display: kb(x.bytes[p][k]) } : null);
			add(g, 'JavaScript', b('js'), BUDGET.jsBytes, `≤ ${kb(BUDGET.jsBytes)}`, (v) => v <= BUDGET.jsBytes);
			for (const [k, label] of [['css', 'CSS'], ['html', 'HTML'], ['data', 'Data'], ['other', 'Other (images, fonts)']]) add(g, label, b(k));
			add(g, 'Total', b('total'), BUDGET.totalBytes, `≤ ${kb(BUDGET.totalBytes)}`, (v) => v <= BUDGET.totalBytes);
		}

		const sg = `Scroll / top to bottom (390×844 @2x, 4× CPU; median of ${RUNS}, then each run)`;
		add(sg, 'Long tasks > 50 ms', (x) => runsCell(x.scroll.map((r) => r.longTasks), num), BUDGET.longTasks, String(BUDGET.longTasks), (v) => v <= BUDGET.longTasks);
		add(sg, 'Longest task', (x) => runsCell(x.scroll.map((r) => r.longestTaskMs), ms), BUDGET.longestTaskMs, `≤ ${ms(BUDGET.longestTaskMs)}`, (v) => v <= BUDGET.longestTaskMs);
		add(sg, 'p95 frame interval', (x) => runsCell(x.scroll.map((r) => r.p95FrameMs), ms1), BUDGET.p95FrameMs, `≤ ${ms(BUDGET.p95FrameMs)}`, (v) => v <= BUDGET.p95FrameMs);
		add(sg, 'Pace (px/s)', (x) => runsCell(x.scroll.map((r) => r.actualPacePxPerS), num));

		printTable(rows, names);
		printNotes(m[OURS]);

		const allPass = rows.every((r) => r.pass !== false);
		const results = {
			date: new Date().toISOString(),
			versions: {
				node: process.version,
				chromium: chromiumVersion,
				lighthouse: m[OURS].lighthouse.lighthouseVersion,
				playwright: createRequire(import.meta.url)('playwright-core/package.json').version
			},
			chromiumPath: chromePath,
			sites: roots.map((r, i) => ({ name: r.name, root: r.root, url: servers[i].url })),
			buildMs,
			budgets: { ...BUDGET, blockingMs: blockingBudget, lcpMs: lcpBudget },
			rows,
			allPass,
			measurements: Object.fromEntries(
				Object.entries(m).map(([n, x]) => [
					n,
					{
						lighthouse: { runs: x.lighthouse.runs, median: x.lighthouse.median, medianRunIndex: x.lighthouse.medianRunIndex, hostUserAgent: x.lighthouse.hostUserAgent, diagnostics: x.lighthouse.diagnostics },
						load: x.load,
						scroll: x.scroll,
						bytes: x.bytes
					}
				])
			),
			bytesMethod: BYTES_METHOD,
			durationMs: Date.now() - started
		};
		writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
		log(`Wrote bench/results.json and bench/lighthouse-home.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
		return allPass;
	} finally {
		await browser?.close();
		for (const s of servers) await s.close();
	}
}

/** @param {Row[]} rows @param {string[]} names */
function printTable(rows, names) {
	const head = ['Metric', ...names, 'Budget', 'Result'];
	/** @type {string[][]} */
	const body = [];
	let group = '';
	for (const r of rows) {
		if (r.group !== group) {
			group = r.group;
			body.push([group]);
		}
		body.push(['  ' + r.metric, ...names.map((n) => r.cells[n].display), r.budgetDisplay, r.pass === null ? (r.budget === null ? '' : 'n/a') : r.pass ? 'pass' : 'FAIL']);
	}
	const w = head.map((h, i) => Math.max(h.length, ...body.filter((c) => c.length > 1).map((c) => c[i].length)));
	const right = (/** @type {number} */ i) => i > 0 && i <= names.length + 1;
	const line = (/** @type {string[]} */ c) => c.map((x, i) => (right(i) ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ').trimEnd();
	const rule = w.map((n) => '-'.repeat(n)).join('  ');
	const out = [line(head), rule, ...body.map((c) => (c.length === 1 ? c[0] : line(c)))];
	const failed = rows.filter((r) => r.pass === false).length;
	const budgeted = rows.filter((r) => r.pass !== null).length;
	out.push(rule, `${budgeted - failed} of ${budgeted} budgets met${failed ? `, ${failed} failed` : ''}`);
	console.log(out.join('\n'));
}

/**
 * What costs time on this site, so the table can be acted on.
 * @param {{ lighthouse: any, bytes: Record<string, any>, load: any[], scroll: any[] }} x
 */
function printNotes({ lighthouse: r, bytes, load, scroll }) {
	const out = [''];
	const d = r.diagnostics;
	out.push(`Lighthouse /, median run (#${r.medianRunIndex + 1} of ${r.runs.length}; bench/lighthouse-home.json):`);
	out.push(`  FCP ${ms(r.median.fcp)}, Speed Index ${ms(r.median.speedIndex)}, TTI ${ms(r.median.tti)} (medians); CPU benchmarkIndex ${Math.round(r.median.benchmarkIndex)}`);
	if (d.lcpElement) out.push(`  LCP element: ${d.lcpElement.selector} ${d.lcpElement.snippet.slice(0, 120)} “${d.lcpElement.label}”`);
	if (d.lcpPhases.length) out.push(`  LCP phases: ${d.lcpPhases.map((/** @type {any} */ x) => `${x.phase} ${ms(x.ms)}`).join(', ')}`);
	if (d.renderBlocking.length)
		out.push(`  Render-blocking: ${d.renderBlocking.map((/** @type {any} */ x) => `${x.url.replace(/^https?:\/\/[^/]+/, '')} (${kb(x.totalBytes)}, ~${ms(x.wastedMs)})`).join(', ')}`);
	else out.push('  Render-blocking resources: none');
	if (d.longTasks.length)
		out.push(`  Longest main-thread tasks: ${d.longTasks.map((/** @type {any} */ t) => `${t.url.replace(/^https?:\/\/[^/]+/, '')} ${ms(t.durationMs)} at ${ms(t.startMs)}`).join(', ')}`);
	for (const f of d.failing.slice(0, 6))
		out.push(`  [${f.category}] ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}${f.lcpSavingsMs ? ` (LCP −${ms(f.lcpSavingsMs)})` : ''}`);
	for (const [i, l] of load.entries())
		out.push(`Loading run ${i + 1}: first paint ${l.firstPaintMs === null ? 'not in the trace' : ms(l.firstPaintMs)}, load ${ms(l.loadMs)}; long tasks: ${l.tasks.map((/** @type {any} */ t) => `${ms(t.durationMs)} at ${ms(t.startMs)}`).join(', ') || 'none'}`);
	for (const [p, b] of Object.entries(bytes)) {
		if (b.notFound) continue;
		const top = b.requests.slice(0, 4).map((/** @type {any} */ q) => `${q.url} ${kb(q.bytes)}`);
		out.push(`First load ${p}: ${b.requests.length} responses; largest: ${top.join(', ')}`);
	}
	out.push(`Bytes: ${BYTES_METHOD}.`);
	for (const [i, s] of scroll.entries()) {
		out.push(
			`Scroll run ${i + 1}: ${s.distance} px in ${s.seconds} s (planned ${s.plannedPacePxPerS} px/s) by ${s.method}; ` +
				`frames p50 ${s.p50FrameMs} ms, p95 ${s.p95FrameMs} ms, worst ${s.worstFrameMs} ms; ${s.slowFrames} of ${s.frames} frames over 17 ms.`
		);
		if (s.longTaskList.length)
			out.push(`  long tasks: ${s.longTaskList.map((/** @type {any} */ t) => `${ms(t.durationMs)} at ${(t.startMs / 1000).toFixed(1)} s (scrollY ${t.y})`).join(', ')}`);
	}
	console.log(out.join('\n'));
}

try {
	const allPass = await main();
	if (!allPass) {
		console.error('\nA budget failed (FAIL above).');
		process.exitCode = 2;
	}
} catch (err) {
	console.error(`\nbench failed: ${err instanceof Error ? err.message : err}`);
	if (/** @type {any} */ (err)?.code === 'EADDRINUSE') console.error(`Port ${PORT} or the next ones are taken: set BENCH_PORT to a free port.`);
	else if (err instanceof Error && !(err instanceof BenchError)) console.error(err.stack);
	process.exitCode = 1;
}
