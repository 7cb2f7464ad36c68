// Performance report for the built site: build, serve build/ with gzip, then Lighthouse (mobile,
// median of 3), first-load bytes, and scroll smoothness; one table on stdout, everything in
// bench/results.json. Budgets failing is a result (exit 0); failing to measure is not (exit 1).
// Progress goes to stderr so stdout is just the report.
//
//   node bench/run.mjs [--no-build]        env: BENCH_PORT (4190), CHROMIUM_PATH
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { firstLoadBytes, BYTES_METHOD } from './bytes.mjs';
import { scrollSmoothness } from './scroll.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const BUILD_DIR = join(ROOT, 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_PAGES = ['/'];
const BYTES_PAGES = ['/', '/embed/'];

const BUDGET = {
	score: 100,
	lcpMs: 1000,
	tbtMs: 50,
	cls: 0.01,
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

/** A failure to measure that the message explains fully: no stack trace needed. */
class BenchError extends Error {}

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
 * @typedef {{ group: string, metric: string, value: number | null, display: string,
 *   budget: number | null, budgetDisplay: string, pass: boolean | null }} Row
 * pass: null for rows that are information only or could not be measured (n/a).
 */

async function main() {
	const started = Date.now();
	let chromePath;
	try {
		chromePath = chromiumPath();
	} catch (err) {
		throw new BenchError(err instanceof Error ? err.message : String(err)); // has the install hint
	}

	let buildMs = null;
	if (!process.argv.includes('--no-build')) {
		log('Building (npm run build)…');
		const t = Date.now();
		await build();
		buildMs = Date.now() - t;
	}
	if (!existsSync(join(BUILD_DIR, 'index.html'))) throw new BenchError(`${BUILD_DIR}/index.html missing: run without --no-build`);

	const server = await startServer({ root: BUILD_DIR, port: PORT });
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;
	try {
		log(`Serving build/ at ${server.url}/`);

		/** @type {Record<string, Awaited<ReturnType<typeof runLighthouse>>>} */
		const lh = {};
		for (const p of LIGHTHOUSE_PAGES) {
			log(`Lighthouse ${p} (mobile, ${LIGHTHOUSE_RUNS} runs)…`);
			lh[p] = await runLighthouse(server.url + p, { runs: LIGHTHOUSE_RUNS, chromePath, log });
			const file = join(BENCH_DIR, `lighthouse-${slug(p)}.json`);
			writeFileSync(file, lh[p].medianReport);
			log(`  median run (#${lh[p].medianRunIndex + 1}) saved to bench/lighthouse-${slug(p)}.json`);
		}

		browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
		const chromiumVersion = browser.version();

		/** @type {Record<string, any>} */
		const bytes = {};
		for (const p of BYTES_PAGES) {
			log(`First-load bytes ${p}…`);
			bytes[p] = await firstLoadBytes(browser, server.url + p);
		}

		log('Scroll smoothness / (390×844, 4× CPU throttling)…');
		const scroll = await scrollSmoothness(browser, server.url + '/', { log });

		/** @type {Row[]} */
		const rows = [];
		const add = (/** @type {Row} */ r) => rows.push(r);
		const info = (/** @type {string} */ group, /** @type {string} */ metric, /** @type {number} */ value, /** @type {string} */ display) =>
			add({ group, metric, value, display, budget: null, budgetDisplay: '—', pass: null });

		for (const p of LIGHTHOUSE_PAGES) {
			const m = lh[p].median;
			const g = `Lighthouse ${p} (mobile, median of ${LIGHTHOUSE_RUNS})`;
			for (const [key, label] of /** @type {const} */ ([['performance', 'Performance'], ['accessibility', 'Accessibility'], ['bestPractices', 'Best practices'], ['seo', 'SEO']])) {
				const v = /** @type {number} */ (m[key]);
				add({ group: g, metric: label, value: v, display: String(v), budget: BUDGET.score, budgetDisplay: String(BUDGET.score), pass: v >= BUDGET.score });
			}
			const lcp = /** @type {number} */ (m.lcp), tbt = /** @type {number} */ (m.tbt), cls = /** @type {number} */ (m.cls);
			add({ group: g, metric: 'LCP', value: lcp, display: ms(lcp), budget: BUDGET.lcpMs, budgetDisplay: `≤ ${ms(BUDGET.lcpMs)}`, pass: lcp <= BUDGET.lcpMs });
			add({ group: g, metric: 'TBT', value: tbt, display: ms(tbt), budget: BUDGET.tbtMs, budgetDisplay: `≤ ${ms(BUDGET.tbtMs)}`, pass: tbt <= BUDGET.tbtMs });
			add({ group: g, metric: 'CLS', value: cls, display: cls.toFixed(3), budget: BUDGET.cls, budgetDisplay: `≤ ${BUDGET.cls}`, pass: cls <= BUDGET.cls });
		}

		for (const p of BYTES_PAGES) {
			const b = bytes[p];
			const g = `First load ${p} (gzip, wire bytes)`;
			if (b.notFound) {
				add({ group: g, metric: 'JavaScript', value: null, display: 'n/a (404)', budget: BUDGET.jsBytes, budgetDisplay: `≤ ${kb(BUDGET.jsBytes)}`, pass: null });
				add({ group: g, metric: 'Total', value: null, display: 'n/a (404)', budget: BUDGET.totalBytes, budgetDisplay: `≤ ${kb(BUDGET.totalBytes)}`, pass: null });
				continue;
			}
			add({ group: g, metric: 'JavaScript', value: b.js, display: kb(b.js), budget: BUDGET.jsBytes, budgetDisplay: `≤ ${kb(BUDGET.jsBytes)}`, pass: b.js <= BUDGET.jsBytes });
			info(g, 'CSS', b.css, kb(b.css));
			info(g, 'HTML', b.html, kb(b.html));
			info(g, 'Data', b.data, kb(b.data));
			info(g, 'Other (images, fonts)', b.other, kb(b.other));
			add({ group: g, metric: 'Total', value: b.total, display: kb(b.total), budget: BUDGET.totalBytes, budgetDisplay: `≤ ${kb(BUDGET.totalBytes)}`, pass: b.total <= BUDGET.totalBytes });
		}

		const sg = `Scroll / (390×844 @2x, 4× CPU, ${scroll.actualPacePxPerS} px/s)`;
		add({ group: sg, metric: 'Long tasks > 50 ms while scrolling', value: scroll.longTasks, display: String(scroll.longTasks), budget: BUDGET.longTasks, budgetDisplay: String(BUDGET.longTasks), pass: scroll.longTasks <= BUDGET.longTasks });
		add({ group: sg, metric: 'Longest task while scrolling', value: scroll.longestTaskMs, display: ms(scroll.longestTaskMs), budget: BUDGET.longestTaskMs, budgetDisplay: `≤ ${ms(BUDGET.longestTaskMs)}`, pass: scroll.longestTaskMs <= BUDGET.longestTaskMs });
		add({ group: sg, metric: 'p95 frame interval', value: scroll.p95FrameMs, display: ms(scroll.p95FrameMs), budget: BUDGET.p95FrameMs, budgetDisplay: `≤ ${ms(BUDGET.p95FrameMs)}`, pass: scroll.p95FrameMs <= BUDGET.p95FrameMs });
		info(sg, 'Frames counted', scroll.frames, String(scroll.frames));
		info(sg, 'Long tasks during load (before scrolling)', scroll.loadLongTasks, `${scroll.loadLongTasks} (longest ${ms(scroll.loadLongestTaskMs)})`);

		printTable(rows);
		printNotes(lh, bytes, scroll);

		const results = {
			date: new Date().toISOString(),
			versions: {
				node: process.version,
				chromium: chromiumVersion,
				lighthouse: lh[LIGHTHOUSE_PAGES[0]].lighthouseVersion,
				playwright: createRequire(import.meta.url)('playwright-core/package.json').version
			},
			chromiumPath: chromePath,
			serverUrl: server.url,
			buildMs,
			budgets: BUDGET,
			rows,
			allPass: rows.every((r) => r.pass !== false),
			lighthouse: Object.fromEntries(
				Object.entries(lh).map(([p, r]) => [
					p,
					{ runs: r.runs, median: r.median, medianRunIndex: r.medianRunIndex, report: `bench/lighthouse-${slug(p)}.json`, hostUserAgent: r.hostUserAgent, diagnostics: r.diagnostics }
				])
			),
			bytes: { method: BYTES_METHOD, pages: bytes },
			scroll,
			durationMs: Date.now() - started
		};
		writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
		log(`Wrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
	} finally {
		await browser?.close();
		await server.close();
	}
}

/** @param {Row[]} rows */
function printTable(rows) {
	const head = ['Metric', 'Value', 'Budget', 'Result'];
	/** @type {string[][]} */
	const body = [];
	let group = '';
	for (const r of rows) {
		if (r.group !== group) {
			group = r.group;
			body.push([group]);
		}
		body.push(['  ' + r.metric, r.display, r.budgetDisplay, r.pass === null ? (r.budget === null ? '' : 'n/a') : r.pass ? 'pass' : 'FAIL']);
	}
	const w = head.map((h, i) => Math.max(h.length, ...body.filter((c) => c.length > 1).map((c) => c[i].length)));
	const line = (/** @type {string[]} */ c) => c.map((x, i) => (i === 1 || i === 2 ? x.padStart(w[i]) : x.padEnd(w[i]))).join('  ').trimEnd();
	const rule = w.map((n) => '-'.repeat(n)).join('  ');
	const out = [line(head), rule, ...body.map((c) => (c.length === 1 ? c[0] : line(c)))];
	const failed = rows.filter((r) => r.pass === false).length;
	const budgeted = rows.filter((r) => r.pass !== null).length;
	out.push(rule, `${budgeted - failed} of ${budgeted} budgets met${failed ? `, ${failed} failed` : ''}`);
	console.log(out.join('\n'));
}

/**
 * What costs time, so the table can be acted on.
 * @param {Record<string, any>} lh @param {Record<string, any>} bytes @param {any} scroll
 */
function printNotes(lh, bytes, scroll) {
	const out = [''];
	for (const [p, r] of Object.entries(lh)) {
		const d = r.diagnostics;
		out.push(`Lighthouse ${p}, median run (#${r.medianRunIndex + 1} of ${r.runs.length}; bench/lighthouse-${slug(p)}.json):`);
		out.push(`  runs: ${r.runs.map((/** @type {any} */ x) => `perf ${x.performance} LCP ${ms(x.lcp)} TBT ${ms(x.tbt)} CLS ${x.cls.toFixed(3)}`).join(' | ')}`);
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
	}
	for (const [p, b] of Object.entries(bytes)) {
		if (b.notFound) continue;
		const top = b.requests.slice(0, 4).map((/** @type {any} */ r) => `${r.url} ${kb(r.bytes)}`);
		out.push(`First load ${p}: ${b.requests.length} responses; largest: ${top.join(', ')}`);
	}
	out.push(`Bytes: ${BYTES_METHOD}.`);
	out.push(
		`Scroll: ${scroll.distance} px in ${scroll.seconds} s (planned ${scroll.plannedPacePxPerS} px/s, actual ${scroll.actualPacePxPerS} px/s) by ${scroll.method}; ` +
			`frames p50 ${scroll.p50FrameMs} ms, p95 ${scroll.p95FrameMs} ms, worst ${scroll.worstFrameMs} ms; ${scroll.slowFrames} of ${scroll.frames} frames over 17 ms.`
	);
	if (scroll.longTaskList.length)
		out.push(`  long tasks while scrolling: ${scroll.longTaskList.map((/** @type {any} */ t) => `${ms(t.durationMs)} at ${(t.startMs / 1000).toFixed(1)} s (scrollY ${t.y})`).join(', ')}`);
	console.log(out.join('\n'));
}

try {
	await main();
} catch (err) {
	console.error(`\nbench failed: ${err instanceof Error ? err.message : err}`);
	if (/** @type {any} */ (err)?.code === 'EADDRINUSE') console.error(`Port ${PORT} is taken: set BENCH_PORT to a free port.`);
	else if (err instanceof Error && !(err instanceof BenchError)) console.error(err.stack);
	process.exitCode = 1;
}
