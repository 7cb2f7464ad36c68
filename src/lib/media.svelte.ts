import { MediaQuery } from 'svelte/reactivity';

/** The reader's motion preference, shared by every animation. */
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

export const duration = (ms: number) => (reducedMotion.current ? 0 : ms);

/**
 * Steps beside the graphic (true) or cards over it (false). The same breakpoint is in app.css,
 * which also sets the trigger line (`--trigger`) for each layout.
 */
export const wideLayout = new MediaQuery('(min-width: 900px)', false);
