/**
 * Step analytics without a third party: when a reader reaches a step, the page dispatches
 * `explainer:step` on `window` (and an embed also tells its parent, see `$lib/embed/messages`). A
 * newsroom counts them with its own analytics; this site makes no request of its own.
 */

/** How the reader got to the step: scrolling, a link (a deep link, a chapter link, back or forward), or the keyboard and the step buttons. */
export type StepVia = 'scroll' | 'link' | 'key';

export interface StepDetail {
	/** The step's id, as in `/#<id>`. */
	id: string;
	/** Its chapter's id. */
	chapter: string;
	/** Its place in the whole story, from 0, and the story's number of steps: the same in the page and in any embed. */
	index: number;
	total: number;
	via: StepVia;
}

export const STEP_EVENT = 'explainer:step';

declare global {
	interface WindowEventMap {
		[STEP_EVENT]: CustomEvent<StepDetail>;
	}
}

/** The detail for the step at `index` of the story, or null past its ends. */
export function stepDetail(story: { steps: readonly { id: string; chapter: string }[] }, index: number, via: StepVia): StepDetail | null {
	const step = story.steps[index];
	return step ? { id: step.id, chapter: step.chapter, index, total: story.steps.length, via } : null;
}

/**
 * A reporter that sends each step the reader lands on, and never the same step twice in a row: a
 * reader who scrolls about inside a step, or comes to rest on it again, is still on it.
 */
export function stepReporter(send: (detail: StepDetail) => void): (detail: StepDetail | null) => void {
	let last: string | null = null;
	return (detail) => {
		if (!detail || detail.id === last) return;
		last = detail.id;
		send(detail);
	};
}

/** Dispatches the event on `target` (the page's window). */
export const dispatchStep = (detail: StepDetail, target: EventTarget = window) => target.dispatchEvent(new CustomEvent(STEP_EVENT, { detail }));

/** Keys that move the page: a step reached after one of them was reached by the keyboard. */
export const MOVING_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ', 'Tab']);
