// Lighthouse, default (mobile) config: simulated throttling, Moto G Power emulation.
import { register } from 'node:module';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.mjs';

// The hook must be in place before Lighthouse's modules load, hence the dynamic import.
register('./trace-engine-fix.mjs', import.meta.url);
const { default: lighthouse } = await import('lighthouse');

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {number[]} xs */
export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The numbers we budget, from one Lighthouse result.
 * @param {any} lhr
 */
function summarize(lhr) {
	const score = (/** @type {string} */ id) => {
		const s = lhr.categories[id]?.score;
		return typeof s === 'number' ? Math.round(s * 100) : null;
	};
	const num = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? null;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcp: num('largest-contentful-paint'),
		tbt: num('total-blocking-time'),
		cls: num('cumulative-layout-shift'),
		fcp: num('first-contentful-paint'),
		speedIndex: num('speed-index'),
		tti: num('interactive'),
		benchmarkIndex: lhr.environment?.benchmarkIndex ?? null
	};
}

/**
 * What a reader needs to know about where LCP time goes, plus what keeps the other categories
 * from 100, from one result.
 * @param {any} lhr
 */
function diagnostics(lhr) {
	const lcpAudit = lhr.audits['largest-contentful-paint-element'];
	// 12.x: a list of two tables, the element, then the LCP phases (TTFB, load delay, ...).
	const tables = lcpAudit?.details?.items ?? [];
	const node = tables[0]?.items?.[0]?.node;
	const phases = (tables[1]?.items ?? []).map((/** @type {any} */ p) => ({
		phase: p.phase,
		ms: Math.round(p.timing),
		percent: p.percent
	}));
	const rb = lhr.audits['render-blocking-resources'];
	const renderBlocking = (rb?.details?.items ?? []).map((/** @type {any} */ i) => ({
		url: i.url,
		totalBytes: i.totalBytes,
		wastedMs: Math.round(i.wastedMs ?? 0)
	}));
	// Opportunities and failing audits, by estimated LCP/FCP savings, then by plain failure.
	/** @type {{ id: string, title: string, category: string, displayValue?: string, lcpSavingsMs?: number }[]} */
	const failing = [];
	for (const id of CATEGORIES) {
		for (const ref of lhr.categories[id]?.auditRefs ?? []) {
			const a = lhr.audits[ref.id];
			if (!a || a.score === null || a.score >= 0.9 || a.scoreDisplayMode === 'informative') continue;
			if (id === 'performance' && ref.weight > 0) continue; // the metrics themselves
			failing.push({
				id: a.id,
				title: a.title,
				category: id,
				displayValue: a.displayValue,
				lcpSavingsMs: a.metricSavings?.LCP
			});
		}
	}
	failing.sort((a, b) => (b.lcpSavingsMs ?? 0) - (a.lcpSavingsMs ?? 0));
	// What TBT is made of: the longest main-thread tasks (simulated, so slowed down like the CPU).
	const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 3).map((/** @type {any} */ t) => ({
		url: t.url,
		durationMs: Math.round(t.duration),
		startMs: Math.round(t.startTime)
	}));
	return {
		lcpElement: node ? { selector: node.selector, snippet: node.snippet, label: node.nodeLabel } : null,
		lcpPhases: phases,
		renderBlocking,
		renderBlockingSavingsMs: rb?.metricSavings ?? null,
		longTasks,
		failing
	};
}

/**
 * chrome-launcher's kill() is a SIGKILL, which leaves Chromium's singleton-socket folders in /tmp;
 * ask the browser to quit first, and keep kill() for whatever is left (and its profile cleanup).
 * @param {import('chrome-launcher').LaunchedChrome} chrome
 */
async function closeChrome(chrome) {
	try {
		const exited = new Promise((ok) => {
			if (chrome.process.exitCode !== null) ok(undefined);
			chrome.process.once('exit', ok);
			setTimeout(ok, 5000);
		});
		const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
		await (await browser.newBrowserCDPSession()).send('Browser.close').catch(() => {});
		await exited;
	} catch {
		// fall through to kill()
	}
	chrome.kill();
}

/**
 * Run Lighthouse `runs` times against `url`, each in a fresh Chromium (no shared cache or state).
 * @param {string} url
 * @param {{ runs: number, chromePath: string, log?: (msg: string) => void }} opts
 */
export async function runLighthouse(url, { runs, chromePath, log = () => {} }) {
	process.env.CHROME_PATH = chromePath; // how lighthouse/chrome-launcher find the browser
	/** @type {{ lhr: any, report: string }[]} */
	const results = [];
	for (let i = 0; i < runs; i++) {
		const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless'], logLevel: 'silent' });
		try {
			const t0 = Date.now();
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES
			});
			if (!result) throw new Error('Lighthouse returned no result');
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
			results.push({ lhr, report: /** @type {string} */ (result.report) });
			const s = summarize(lhr);
			log(`  run ${i + 1}/${runs}: perf ${s.performance}, LCP ${Math.round(s.lcp ?? NaN)} ms (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
		} finally {
			await closeChrome(chrome);
		}
	}

	const perRun = results.map((r) => summarize(r.lhr));
	/** @type {Record<string, number | null>} */
	const med = {};
	for (const key of Object.keys(perRun[0])) {
		const xs = perRun.map((r) => /** @type {any} */ (r)[key]).filter((x) => typeof x === 'number');
		med[key] = xs.length ? median(xs) : null;
	}
	// The saved report is Lighthouse's own pick of the most typical run (closest to median FCP
	// and TTI); the per-metric medians above are computed independently of it.
	const medianLhr = computeMedianRun(results.map((r) => r.lhr));
	const medianIndex = results.findIndex((r) => r.lhr === medianLhr);
	return {
		runs: perRun,
		median: med,
		medianRunIndex: medianIndex,
		medianReport: results[medianIndex].report,
		lighthouseVersion: medianLhr.lighthouseVersion,
		hostUserAgent: medianLhr.environment?.hostUserAgent,
		diagnostics: diagnostics(medianLhr)
	};
}
