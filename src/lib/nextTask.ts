/**
 * Resolves in a later task, so that the work before it can paint and answer input: `scheduler.yield`
 * where the browser has it (the continuation runs ahead of other queued tasks), else a zero timeout.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `run` when the browser is idle (`requestIdleCallback`; with a `timeout`, at the latest after
 * that many ms), or after a short timeout where it has no idle callbacks (Safari). Returns a function
 * that cancels it.
 */
export function whenIdle(run: () => void, timeout?: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(run, timeout ? { timeout } : undefined);
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(run, 100);
	return () => clearTimeout(id);
}
