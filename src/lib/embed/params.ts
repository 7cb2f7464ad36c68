/** The embed's URL parameters, validated: anything unknown or malformed is dropped. */
import type { Step } from '$lib/content/types';

export interface EmbedParams {
	/** Index of the first step to show, within the embed's steps. */
	start: number;
	theme: 'light' | 'dark' | null;
	childId: string | null;
}

/** `?step=` names a step by id, or by its 1-based number among the embed's steps. */
export function parseEmbedParams(search: URLSearchParams, steps: readonly Pick<Step, 'id'>[]): EmbedParams {
	const step = search.get('step')?.trim() ?? '';
	let start = steps.findIndex((s) => s.id === step);
	if (start < 0 && /^\d{1,4}$/.test(step)) {
		const n = Number(step);
		start = n >= 1 && n <= steps.length ? n - 1 : -1;
	}
	const theme = search.get('theme');
	return {
		start: Math.max(0, start),
		theme: theme === 'light' || theme === 'dark' ? theme : null,
		childId: search.get('childId')
	};
}
