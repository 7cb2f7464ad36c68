declare module '*/story.aml' {
	const story: import('$lib/content/types').Story;
	export default story;
}
declare module '*/classroom.aml' {
	const classroom: import('$lib/content/pages').Classroom;
	export default classroom;
}
declare module '*/methodology.aml' {
	const methodology: import('$lib/content/pages').Methodology;
	export default methodology;
}
declare module '*/datasets.aml' {
	const datasets: import('$lib/content/pages').Dataset[];
	export default datasets;
}
declare module '*/timeline.aml' {
	const notes: import('$lib/content/pages').TimelineNotes;
	export default notes;
}
declare module '@newswire/frames' {
	/** Keeps an iframe as tall as the height its content reports; returns the cleanup. */
	export function observeIframe(iframe: HTMLIFrameElement): () => void;
	/** Posts `{ sentinel: 'amp', type: 'embed-size', height }` to `window.parent`; the height defaults to the document's offsetHeight. */
	export function sendFrameHeight(height?: number): void;
}
declare module '*/events.aml' {
	const events: import('$lib/data/events').TimelineEvent[];
	export default events;
}
