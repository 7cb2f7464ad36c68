// The package's ES module source: its "browser" field points bundlers at a UMD build, which needs a
// CommonJS wrapper in the page (about 0.7 KB on the wire) for nothing.
import scrollama from 'scrollama/index.js';

export interface ScrollerOptions {
	/** Elements to watch, in story order. */
	steps: HTMLElement[];
	/** Trigger line as a fraction of the viewport's height, 0–1. */
	offset: number;
	onEnter: (index: number) => void;
}

export interface Scroller {
	resize(): void;
	destroy(): void;
}

/**
 * A typed wrapper around scrollama 3 (whose own types narrow `offset` to tenths). Only `enter`
 * events are used: the index they carry is absolute, so a dropped event costs nothing that the next
 * one, or `activeIndex` after the scroll ends, does not put right.
 */
export function createScroller({ steps, offset, onEnter }: ScrollerOptions): Scroller {
	const s = scrollama();
	s.setup({ step: steps, offset: offset as 0.5 }).onStepEnter(({ index }) => onEnter(index));
	return { resize: () => s.resize(), destroy: () => s.destroy() };
}

/** The last step whose top has crossed the trigger line, from the steps' tops (in px from the viewport top). */
export function activeIndex(tops: readonly number[], triggerY: number): number {
	let active = 0;
	for (let i = 0; i < tops.length; i++) if (tops[i]! <= triggerY + 1) active = i;
	return active;
}
