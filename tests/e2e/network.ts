// Network quiet as a condition: no request of the page's (or its frames') is in flight.
import { expect, type Page, type Request } from '@playwright/test';

const inFlight = new WeakMap<Page, Set<Request>>();

/** Starts counting the page's requests; call it before the page loads anything. */
export function trackRequests(page: Page) {
	const pending = new Set<Request>();
	inFlight.set(page, pending);
	page.on('request', (r) => pending.add(r));
	page.on('requestfinished', (r) => pending.delete(r));
	page.on('requestfailed', (r) => pending.delete(r));
}

/** Waits until nothing is in flight, for two looks in a row 100 ms apart. */
export async function networkQuiet(page: Page) {
	const pending = inFlight.get(page);
	if (!pending) throw new Error('networkQuiet: call trackRequests(page) before the page loads');
	let quiet = 0;
	await expect
		.poll(() => (quiet = pending.size === 0 ? quiet + 1 : 0), { intervals: [100], message: `the page stops asking for things` })
		.toBeGreaterThanOrEqual(2);
}
