import { MediaQuery } from 'svelte/reactivity';

/** The reader's motion preference, shared by every animation. */
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

export const duration = (ms: number) => (reducedMotion.current ? 0 : ms);
