// Where a page's loading time goes, task by task: the trace behind the bench's loading rows.
//
//   npm run build && node bench/why.mjs [--root build] [--path /] [--runs 3]
//
// Serves the folder as the bench does (bench/serve.mjs), loads the page with bench/load.mjs (a
// phone viewport, the CPU slowed 4×, navigation to 5 s after load), with Chromium's font trace
// categories added, and prints for each run every task over 50 ms with what took its time (self
// time by trace event, the largest first) and, for the run's longest Layout, the font requests the
// renderer made to the browser process. Nothing here is a budget: it explains the bench's figures.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { longTasksFromTrace, pageThread, tracedLoad } from './load.mjs';
import { runsOption } from './args.mjs';

// Beside the bench's own categories (bench/load.mjs): the blink and V8 events inside a task, and the fonts'.
const EXTRA_CATEGORIES = ['blink', 'v8.execute', 'fonts', 'disabled-by-default-fonts'];
const PORT = 4179;

/** @typedef {import('./load.mjs').TraceEvent} TraceEvent */

/**
 * Self time by event name inside one event (its own time less that of the events nested in it).
 * @param {TraceEvent[]} events complete events of one thread, sorted by start, longest first on ties
 * @param {TraceEvent} outer
 * @returns {{ name: string, ms: number, count: number }[]}
 */
function selfTimes(events, outer) {
	const end = outer.ts + (outer.dur ?? 0);
	/** @type {Map<string, { ms: number, count: number }>} */
	const by = new Map();
	/** @type {TraceEvent[]} */
	const stack = [];
	const add = (/** @type {string} */ name, /** @type {number} */ us, count = 0) => {
		const row = by.get(name) ?? { ms: 0, count: 0 };
		row.ms += us / 1000;
		row.count += count;
		by.set(name, row);
	};
	for (const e of events) {
		if (e === outer || e.ts < outer.ts || e.ts + (e.dur ?? 0) > end) continue;
		while (stack.length && stack[stack.length - 1].ts + (stack[stack.length - 1].dur ?? 0) <= e.ts) stack.pop();
		const parent = stack[stack.length - 1];
		if (parent) add(parent.name, -(e.dur ?? 0));
		add(e.name, e.dur ?? 0, 1);
		stack.push(e);
	}
	return [...by].map(([name, r]) => ({ name, ms: r.ms, count: r.count })).sort((a, b) => b.ms - a.ms);
}

const FONT_REQUEST = /^(WebSandboxSupportLinux::|FontDataService::|FontDataManager::onMatchFamilyStyle)/;

/** @param {string[]} argv */
function options(argv) {
	const get = (/** @type {string} */ flag, /** @type {string} */ fallback) => {
		const i = argv.indexOf(flag);
		return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
	};
	return { root: get('--root', 'build'), path: get('--path', '/'), runs: runsOption(argv, 3) };
}

async function main() {
	const { root, path, runs } = options(process.argv.slice(2));
	if (!existsSync(join(root, 'index.html'))) throw new Error(`no ${join(root, 'index.html')}: run \`npm run build\` first, or name a built folder with --root`);
	const server = await startServer({ root, port: PORT });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		for (let run = 1; run <= runs; run++) {
			const { events, url } = await tracedLoad(browser, `http://127.0.0.1:${PORT}${path}`, EXTRA_CATEGORIES);
			const summary = longTasksFromTrace(events, url);

			const { nav, same } = pageThread(events, url);
			const thread = events
				.filter((e) => same(e) && e.ph === 'X')
				.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
			const at = (/** @type {number} */ ms) => nav.ts + ms * 1000;
			console.log(`\nRun ${run}: blocking ${summary.blockingMs} ms, first paint at ${summary.firstPaintMs} ms, load at ${summary.loadMs} ms`);
			for (const t of summary.tasks) {
				const task = thread.find((e) => e.name === 'RunTask' && Math.abs(e.ts - at(t.startMs)) < 1000 && Math.round((e.dur ?? 0) / 1000) === t.durationMs);
				if (!task) continue;
				const top = selfTimes(thread, task)
					.filter((r) => r.ms >= 2)
					.slice(0, 8)
					.map((r) => `${r.name} ${r.ms.toFixed(0)}${r.count > 1 ? ` (×${r.count})` : ''}`);
				console.log(`  task at ${t.startMs} ms, ${t.durationMs} ms: ${top.join(', ')}`);
			}
			const layout = thread.filter((e) => e.name === 'Layout').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
			if (layout) {
				const inside = selfTimes(thread, layout);
				const fonts = inside.filter((r) => FONT_REQUEST.test(r.name));
				const sum = (/** @type {typeof inside} */ rows) => rows.reduce((s, r) => s + r.ms, 0).toFixed(0);
				console.log(
					`  longest Layout ${((layout.dur ?? 0) / 1000).toFixed(0)} ms (${layout.args?.beginData?.totalObjects ?? '?'} layout objects): ` +
						`font requests ${sum(fonts)} ms (${fonts.map((r) => `${r.name.replace(/^.*::/, '')} ×${r.count}`).join(', ') || 'none'}), ` +
						`text shaping ${sum(inside.filter((r) => /Shape/.test(r.name)))} ms, layout itself ${sum(inside.filter((r) => r.name === 'LocalFrameView::performLayout'))} ms`
				);
			}
		}
	} finally {
		await browser.close();
		await server.close();
	}
}

try {
	await main();
} catch (e) {
	console.error(`bench/why.mjs: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}
