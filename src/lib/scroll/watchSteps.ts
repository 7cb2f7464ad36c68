import { activeIndex, createScroller } from './scroller';
import { nextTask } from '$lib/nextTask';

export interface StepWatch {
	/** The active step's index as the page has it (the step buttons change it too). */
	index: () => number;
	setIndex: (index: number) => void;
	/**
	 * Called whenever the steps' positions are read at rest (scrolling has stopped, the page has
	 * loaded or reflowed), with the active step and whether its top has reached the trigger line
	 * (at the top of the page, the first step is active before the reader gets to it).
	 */
	onrest?: (index: number, reached: boolean) => void;
}

/**
 * Watches the `[data-step]` elements inside `container` with scrollama and reports the active one,
 * once `drawn` resolves: when every chapter that the first frame skipped (app.css) has its true
 * height (./drawLater): a step's position read before then would lay its chapter out there and
 * then, in one task. The index is recomputed from the steps' positions when scrolling stops, on
 * load and on resize, so dropped scrollama events, reloads and deep links all end on the right step.
 * Returns a function that stops.
 *
 * It starts in a task of its own: it reads every step's position, which is a layout of the page.
 */
export function watchSteps(container: HTMLElement, drawn: Promise<void>, options: StepWatch): () => void {
	let stop: (() => void) | undefined;
	let gone = false;
	drawn
		.then(nextTask)
		.then(() => {
			if (!gone) stop = watch(container, options);
		});
	return () => {
		gone = true;
		stop?.();
	};
}

function watch(container: HTMLElement, { index, setIndex, onrest }: StepWatch): () => void {
	const steps = Array.from(container.querySelectorAll<HTMLElement>('[data-step]'));
	if (!steps.length) return () => {};
	// The trigger line comes from app.css, which also places deep-linked steps just above it.
	const readTrigger = () => Number(getComputedStyle(container).getPropertyValue('--trigger')) || 0.5;
	let trigger = readTrigger();

	const reconcile = () => {
		const tops = steps.map((s) => s.getBoundingClientRect().top);
		const line = window.innerHeight * trigger;
		const i = activeIndex(tops, line);
		setIndex(i);
		onrest?.(i, tops[i]! <= line + 1);
	};

	// The steps' layout changes with the column's width and with the viewport's height (the spacing
	// is in vh): the text has reflowed under the reader, and the ResizeObserver below puts the
	// reader's step back before anything reads positions again. The column's height alone is no
	// sign of that: the width and the spacing are what reflow the text.
	const layoutKey = () => `${container.clientWidth}x${getComputedStyle(steps[0]!).paddingBottom}`;
	let lastLayout = layoutKey();

	let timer: ReturnType<typeof setTimeout> | undefined;
	const settle = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (layoutKey() === lastLayout) reconcile();
		}, 120);
	};

	// scrollama can deliver an enter event late, after a jump has ended (Home, End, an anchor):
	// every event is followed by a check of the steps' positions once things are quiet.
	// The new step is taken up in a task of its own. scrollama reads the scroll position in each
	// of its observers' callbacks, which come in one task: a picture drawn from the first callback
	// made the next one's read lay the page out there and then, tasks of 58–76 ms at 4× CPU
	// where the browser would have laid it out in its next frame.
	let entered = -1;
	let enteredLayout = '';
	const enter = () => {
		const i = entered;
		entered = -1;
		// A reflow (rotation, resize) moves steps past the line before the ResizeObserver below puts
		// the reader's step back: a crossing is not the reader's if the layout has changed since the
		// observer last dealt with it, or if the observer has dealt with a change since the crossing.
		if (i < 0 || enteredLayout !== lastLayout || layoutKey() !== lastLayout) return;
		setIndex(i);
		settle();
	};
	const watch = () =>
		createScroller({
			steps,
			offset: trigger,
			onEnter: (i) => {
				if (entered < 0) nextTask().then(enter);
				entered = i;
				enteredLayout = lastLayout;
			}
		});
	let scroller = watch();
	// No layout is read while scrolling: a timer is reset, and positions are read once it is quiet.
	window.addEventListener('scroll', settle, { passive: true });

	// Keep the reader's step when the text reflows (rotation, resize, a window made taller or
	// shorter): put it back on the trigger line. A rotation can arrive as two changes, the width
	// and then the height; each puts the step back.
	const ro = new ResizeObserver(() => {
		const key = layoutKey();
		if (key === lastLayout) return;
		lastLayout = key;
		const nextTrigger = readTrigger();
		if (nextTrigger !== trigger) {
			trigger = nextTrigger;
			scroller.destroy();
			scroller = watch();
		}
		const el = steps[index()];
		if (el) window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - window.innerHeight * trigger + 8, behavior: 'instant' });
		scroller.resize();
		reconcile();
	});
	ro.observe(container);

	// Back and forward between links to steps change only the hash, and the router leaves the
	// scroll alone: bring the linked step (or chapter) back into view, as the link did.
	const onHash = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const el = id ? document.getElementById(id) : null;
		if (el && container.contains(el)) el.scrollIntoView({ block: 'start', behavior: 'instant' });
		settle();
	};
	window.addEventListener('hashchange', onHash);

	requestAnimationFrame(reconcile);

	return () => {
		scroller.destroy();
		entered = -1;
		ro.disconnect();
		clearTimeout(timer);
		window.removeEventListener('scroll', settle);
		window.removeEventListener('hashchange', onHash);
	};
}
