// Scroll smoothness on an emulated mid-range phone: read the whole story top to bottom with the
// wheel at a steady pace, and count long tasks and slow frames while doing so.

import { slowPhonePage } from './chromium.mjs';

const TARGET_PACE = 1000; // px/s, a steady reader
const MAX_SECONDS = 60; // faster than TARGET_PACE if the page is too long for this
const STEP = 120; // px per wheel notch

/** @param {number[]} xs @param {number} p 0..1, nearest-rank */
const percentile = (xs, p) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ log?: (msg: string) => void }} [opts]
 */
export async function scrollSmoothness(browser, url, { log = () => {} } = {}) {
	const { context, page } = await slowPhonePage(browser);
	try {
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response || response.status() >= 400) throw new Error(`${url} answered HTTP ${response?.status()}`);
		await page.evaluate(() => document.fonts.ready);
		await page.waitForTimeout(1500); // hydration and first scrollama/graphic setup at 4× slower CPU

		await page.evaluate(() => {
			/** @type {any} */ (window).__bench = { deltas: [], longtasks: [], recording: false, start: 0, end: 0 };
			const b = /** @type {any} */ (window).__bench;
			// buffered: also reports the long tasks of the load, which we keep apart from scrolling's
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration, y: Math.round(scrollY) });
			}).observe({ type: 'longtask', buffered: true });
			let last = performance.now();
			const tick = (/** @type {number} */ t) => {
				if (b.recording) b.deltas.push(t - last);
				last = t;
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		await page.mouse.move(195, 422); // wheel events go to what is under the pointer
		await page.waitForTimeout(300);

		const { height, viewport } = await page.evaluate(() => ({
			height: document.documentElement.scrollHeight,
			viewport: innerHeight
		}));
		const distance = height - viewport;
		const pace = Math.max(TARGET_PACE, distance / MAX_SECONDS);
		const interval = (STEP / pace) * 1000;
		log(`  scrolling ${distance} px at ${Math.round(pace)} px/s (${STEP} px wheel every ${Math.round(interval)} ms)`);

		await page.evaluate(() => {
			const b = /** @type {any} */ (window).__bench;
			b.start = performance.now();
			b.recording = true;
		});
		const t0 = Date.now();
		let lastY = -1;
		let stalled = 0;
		for (let i = 1; ; i++) {
			await page.mouse.wheel(0, STEP);
			// Schedule by absolute time so a slow step doesn't slow the whole pace down.
			const wait = t0 + i * interval - Date.now();
			if (wait > 0) await sleep(wait);
			if (i % Math.max(1, Math.round(1000 / interval)) === 0) {
				// Ask the page about once a second: each evaluate costs main-thread time.
				const { y, max } = await page.evaluate(() => ({
					y: scrollY,
					max: document.documentElement.scrollHeight - innerHeight
				}));
				if (y >= max - 1) break;
				stalled = y === lastY ? stalled + 1 : 0;
				if (stalled >= 3) throw new Error(`Scrolling stalled at ${y} of ${max} px: wheel events no longer scroll the page`);
				lastY = y;
				if (Date.now() - t0 > MAX_SECONDS * 1000 * 1.5) throw new Error(`Scroll did not reach the bottom in ${MAX_SECONDS * 1.5} s (at ${y} of ${max} px)`);
			}
		}
		const seconds = (Date.now() - t0) / 1000;
		await page.waitForTimeout(300); // let the last smooth-scroll animation finish
		const b = await page.evaluate(() => {
			const b = /** @type {any} */ (window).__bench;
			b.recording = false;
			b.end = performance.now();
			return { deltas: b.deltas, longtasks: b.longtasks, start: b.start, end: b.end, y: scrollY };
		});

		/** @type {{ start: number, duration: number, y: number }[]} */
		const during = b.longtasks.filter((/** @type {any} */ t) => t.start >= b.start);
		/** @type {{ start: number, duration: number, y: number }[]} */
		const beforeScroll = b.longtasks.filter((/** @type {any} */ t) => t.start < b.start);
		const round1 = (/** @type {number} */ x) => Math.round(x * 10) / 10;
		return {
			viewport: '390x844@2x, isMobile, hasTouch',
			cpuThrottling: 4,
			method: `page.mouse.wheel(0, ${STEP}) at a fixed interval`,
			documentHeight: height,
			distance: Math.round(b.y),
			plannedPacePxPerS: Math.round(pace),
			actualPacePxPerS: Math.round(b.y / seconds),
			seconds: round1(seconds),
			frames: b.deltas.length,
			p95FrameMs: round1(percentile(b.deltas, 0.95) ?? NaN),
			p50FrameMs: round1(percentile(b.deltas, 0.5) ?? NaN),
			worstFrameMs: round1(Math.max(0, ...b.deltas)),
			// p95 jumps from ~16.7 to ~33.3 ms once 5 % of frames miss a vsync: this says how close.
			slowFrames: b.deltas.filter((/** @type {number} */ d) => d > 17).length,
			longTasks: during.length,
			longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
			// y: where the page was when the task was reported (just after it), to find the step at fault
			longTaskList: during.map((t) => ({ startMs: Math.round(t.start - b.start), durationMs: Math.round(t.duration), y: t.y })),
			loadLongTasks: beforeScroll.length,
			loadLongestTaskMs: Math.round(Math.max(0, ...beforeScroll.map((t) => t.duration)))
		};
	} finally {
		await context.close();
	}
}
