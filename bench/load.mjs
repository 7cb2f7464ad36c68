// Main-thread work while a page loads on an emulated mid-range phone: CPU slowed 4× from before
// navigation, and every task over 50 ms on the page's main thread, from navigation to 5 s after
// the load event, read from a Chromium trace. The trace sees every task, scripts and rendering
// (style, layout, paint) alike, hydration included whenever it runs. Blocking is the sum of each
// long task's time over 50 ms, as TBT counts it, but over the whole window rather than FCP to TTI.

import { slowPhonePage } from './chromium.mjs';

const AFTER_LOAD_MS = 5000;
const LONG_MS = 50;
const CATEGORIES = ['-*', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'];

/**
 * @typedef {{ name: string, cat?: string, ph: string, ts: number, dur?: number, pid: number, tid: number, args?: any }} TraceEvent
 */

/**
 * The main frame's navigation to `url` in a trace, and a test for the events of the page's main
 * thread from then on.
 * @param {TraceEvent[]} events
 * @param {string} url
 */
export function pageThread(events, url) {
	const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL === url);
	if (!nav) throw new Error(`the trace has no navigationStart for ${url}`);
	return { nav, same: (/** @type {TraceEvent} */ e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts };
}

/**
 * The long tasks of one page load, from a trace: the window opens at the main frame's navigationStart
 * for `url` and closes `afterLoadMs` after its loadEventEnd.
 * @param {TraceEvent[]} events
 * @param {string} url
 * @param {number} afterLoadMs
 */
export function longTasksFromTrace(events, url, afterLoadMs = AFTER_LOAD_MS) {
	const { nav, same } = pageThread(events, url);
	const load = events.find((e) => e.name === 'loadEventEnd' && same(e) && e.args?.frame === nav.args.frame);
	if (!load) throw new Error(`the trace has no loadEventEnd for ${url}`);
	const paint = events.filter((e) => (e.name === 'firstPaint' || e.name === 'firstContentfulPaint') && same(e)).sort((a, b) => a.ts - b.ts)[0];
	const end = load.ts + afterLoadMs * 1000;
	if (!events.some((e) => e.ts >= end)) throw new Error(`the trace of ${url} stops before the window closes, ${afterLoadMs} ms after the load event`);
	/** @type {TraceEvent[]} */
	const tasks = [];
	for (const e of events.filter((x) => x.name === 'RunTask' && x.ph === 'X' && same(x) && x.ts <= end).sort((a, b) => a.ts - b.ts)) {
		const last = tasks[tasks.length - 1];
		if (last && e.ts < last.ts + (last.dur ?? 0)) continue; // nested inside the one before
		tasks.push(e);
	}
	const rel = (/** @type {number} */ ts) => Math.round((ts - nav.ts) / 1000);
	const long = tasks.filter((t) => (t.dur ?? 0) / 1000 > LONG_MS).map((t) => ({ startMs: rel(t.ts), durationMs: Math.round((t.dur ?? 0) / 1000) }));
	const paintMs = paint ? rel(paint.ts) : null;
	return {
		blockingMs: long.reduce((s, t) => s + t.durationMs - LONG_MS, 0),
		longTasks: long.length,
		longestTaskMs: Math.max(0, ...long.map((t) => t.durationMs)),
		// Tasks that start once the page has painted: the reader is looking at it and may act.
		longestAfterPaintMs: Math.max(0, ...long.filter((t) => paintMs === null || t.startMs >= paintMs).map((t) => t.durationMs)),
		// All the main thread's work, long tasks or not: what blocking, which counts only time over
		// 50 ms per task, does not show when work is removed from tasks that stay under it.
		busyMs: Math.round(tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000),
		firstPaintMs: paintMs,
		loadMs: rel(load.ts),
		tasks: long
	};
}

/**
 * One page load on the emulated phone, traced from navigation to the window's close. `extra`: more
 * trace categories (bench/why.mjs reads the font requests).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string[]} [extra]
 * @returns {Promise<{ events: TraceEvent[], url: string }>} the trace's events, and the page's final address
 */
export async function tracedLoad(browser, url, extra = []) {
	const { context, page } = await slowPhonePage(browser);
	try {
		await browser.startTracing(page, { categories: [...CATEGORIES, ...extra] });
		let buffer;
		try {
			const response = await page.goto(url, { waitUntil: 'load' });
			if (!response || response.status() >= 400) throw new Error(`${url} answered HTTP ${response?.status()}`);
			// The window closes 5 s after the load event. Wait for it here, not in the page: a polling
			// function (page.waitForFunction) injects Playwright's script into the page, a 50–90 ms task at
			// 4× CPU that the page never asked for, inside the window (seen on a page with no script at
			// all). goto resolves after the load event, so this wait ends after the window closes; the
			// trace itself is checked for that (longTasksFromTrace).
			await new Promise((done) => setTimeout(done, AFTER_LOAD_MS + 500));
		} finally {
			buffer = await browser.stopTracing();
		}
		const parsed = JSON.parse(buffer.toString('utf8'));
		return { events: parsed.traceEvents ?? parsed, url: page.url() };
	} finally {
		await context.close();
	}
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
export async function loadBlocking(browser, url) {
	const { events, url: loaded } = await tracedLoad(browser, url);
	return longTasksFromTrace(events, loaded);
}
