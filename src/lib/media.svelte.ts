/**
 * A media query as reactive state: `fallback` on the server, the browser's answer in it, kept up to
 * date. Svelte's MediaQuery (svelte/reactivity) does the same with a general reactive-value class
 * that the story page would load for these two queries.
 */
function mediaQuery(query: string, fallback: boolean): { readonly current: boolean } {
	let current = $state(fallback);
	if (typeof window !== 'undefined') {
		const list = window.matchMedia(query);
		current = list.matches;
		list.addEventListener('change', (e) => (current = e.matches));
	}
	return {
		get current() {
			return current;
		}
	};
}

/** The reader's motion preference, shared by every animation. */
export const reducedMotion = mediaQuery('(prefers-reduced-motion: reduce)', false);

export const duration = (ms: number) => (reducedMotion.current ? 0 : ms);

/**
 * Steps beside the graphic (true) or cards over it (false). The same breakpoint is in app.css,
 * which also sets the trigger line (`--trigger`) for each layout.
 */
export const wideLayout = mediaQuery('(min-width: 900px)', false);
