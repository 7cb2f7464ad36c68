// The bench's loading rows (bench/load.mjs) from a trace written by hand: which tasks count, and how.
import { expect, test } from 'vitest';
import { longTasksFromTrace } from '../../bench/load.mjs';

const URL = 'http://127.0.0.1:4190/';
const MAIN = { pid: 1, tid: 1 };
const NAV = 1_000_000; // µs
const task = (startMs: number, durationMs: number, thread = MAIN) => ({ name: 'RunTask', ph: 'X', ts: NAV + startMs * 1000, dur: durationMs * 1000, ...thread });

const trace = [
	{ name: 'navigationStart', ph: 'R', ts: NAV, ...MAIN, args: { frame: 'F', data: { isLoadingMainFrame: true, documentLoaderURL: URL } } },
	{ name: 'firstPaint', ph: 'R', ts: NAV + 200_000, ...MAIN },
	{ name: 'loadEventEnd', ph: 'R', ts: NAV + 500_000, ...MAIN, args: { frame: 'F' } },
	task(10, 120),
	task(20, 10), // inside the task before it: not a task of its own
	task(300, 40),
	task(400, 80),
	task(450, 200, { pid: 1, tid: 2 }), // another thread
	task(5_600, 90), // after the window (load + 5 s)
	{ name: 'TracingStartedInBrowser', ph: 'I', ts: NAV + 6_000_000, ...MAIN }
];

test('long tasks, blocking and main-thread work count the main thread’s top-level tasks inside the window', () => {
	expect(longTasksFromTrace(trace, URL)).toEqual({
		blockingMs: 70 + 30,
		longTasks: 2,
		longestTaskMs: 120,
		longestAfterPaintMs: 80,
		busyMs: 120 + 40 + 80,
		firstPaintMs: 200,
		loadMs: 500,
		tasks: [
			{ startMs: 10, durationMs: 120 },
			{ startMs: 400, durationMs: 80 }
		]
	});
});

test('a trace that stops before the window closes is an error, not a short measurement', () => {
	expect(() => longTasksFromTrace(trace.slice(0, -2), URL)).toThrow(/stops before the window closes/);
});
