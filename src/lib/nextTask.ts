/**
 * Resolves in a later task, so that the work before it can paint and answer input: `scheduler.yield`
 * where the browser has it (the continuation runs ahead of other queued tasks), else a zero timeout.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
