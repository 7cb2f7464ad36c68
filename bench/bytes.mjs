// First-load bytes: what a fresh visitor downloads before doing anything (no scrolling).

export const BYTES_METHOD =
	'bytes on the wire as Chromium counts them (CDP Network.loadingFinished encodedDataLength): ' +
	'gzip-compressed body (server: zlib level 9) plus HTTP response headers';

/**
 * @param {string} mimeType
 * @param {string} type CDP Network.ResourceType
 * @returns {'js' | 'css' | 'html' | 'data' | 'other'}
 */
function kind(mimeType, type) {
	if (/javascript|ecmascript/.test(mimeType) || type === 'Script') return 'js';
	if (mimeType === 'text/css' || type === 'Stylesheet') return 'css';
	if (mimeType === 'text/html' || type === 'Document') return 'html';
	if (/^(image|font|audio|video)\//.test(mimeType) || ['Image', 'Font', 'Media'].includes(type)) return 'other';
	return 'data'; // json, fetch/xhr, manifest, anything else
}

/**
 * Load `url` once in a fresh context and add up every response by kind.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
export async function firstLoadBytes(browser, url) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		/** @type {Map<string, { url: string, status: number, mimeType: string, type: string, bytes?: number, failed?: string }>} */
		const requests = new Map();
		cdp.on('Network.responseReceived', (e) => {
			requests.set(e.requestId, { url: e.response.url, status: e.response.status, mimeType: e.response.mimeType, type: e.type });
		});
		cdp.on('Network.loadingFinished', (e) => {
			const r = requests.get(e.requestId);
			if (r) r.bytes = e.encodedDataLength;
		});
		cdp.on('Network.loadingFailed', (e) => {
			const r = requests.get(e.requestId);
			if (r) r.failed = e.errorText;
		});
		// Our own session, so the cache is off for it too: every byte is a first-visit byte.
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

		const response = await page.goto(url, { waitUntil: 'networkidle' });
		const status = response?.status() ?? 0;
		if (status === 404) return { status, notFound: true };
		if (status >= 400 || !response) throw new Error(`${url} answered HTTP ${status}`);
		await page.waitForTimeout(1000); // late lazy loads (idle callbacks, timers)

		const totals = { js: 0, css: 0, html: 0, data: 0, other: 0, total: 0 };
		const list = [];
		for (const r of requests.values()) {
			if (r.url.startsWith('data:')) continue; // inline, already counted in its parent
			const bytes = r.bytes ?? 0;
			const k = kind(r.mimeType, r.type);
			totals[k] += bytes;
			totals.total += bytes;
			list.push({ url: r.url.replace(new URL(url).origin, ''), kind: k, status: r.status, bytes, ...(r.failed ? { failed: r.failed } : {}), ...(r.bytes === undefined ? { unfinished: true } : {}) });
		}
		list.sort((a, b) => b.bytes - a.bytes);
		return { status, ...totals, requests: list };
	} finally {
		await context.close();
	}
}
