import type { Step, Story } from '$lib/content/types';
import { SERIES_END, SERIES_START } from '$lib/content/vocabulary';
import type { ChartState, GraphicState, MapState } from './types';

const DEFAULT_MAP: MapState = { camera: 'iraq-syria', highlight: [], tone: 'neutral', markers: [], arrows: [], title: '' };
const DEFAULT_CHART: ChartState = { from: SERIES_START, to: SERIES_END, troops: true, notes: [], title: '' };

const mapOf = (s: Step): MapState | undefined =>
	s.view === 'map'
		? {
				camera: s.camera,
				highlight: s.highlight,
				tone: s.tone,
				markers: s.markers,
				arrows: s.arrows,
				...(s.note ? { note: s.note } : {}),
				...(s.key ? { key: s.key } : {}),
				...(s.choropleth ? { choropleth: s.choropleth } : {}),
				title: s.title
			}
		: undefined;

const chartOf = (s: Step): ChartState | undefined =>
	s.view === 'chart' ? { from: s.from, to: s.to, troops: s.troops, notes: s.notes, title: s.title } : undefined;

/** The nearest step at or before `index` (else after it) for which `pick` gives a value. */
function nearest<T>(steps: readonly Step[], index: number, pick: (s: Step) => T | undefined): T | undefined {
	for (let i = index; i >= 0; i--) {
		const v = pick(steps[i]!);
		if (v) return v;
	}
	for (let i = index + 1; i < steps.length; i++) {
		const v = pick(steps[i]!);
		if (v) return v;
	}
	return undefined;
}

/** Clamps any number, NaN included, to a valid step index. */
export function clampIndex(story: Story, index: number): number {
	if (!Number.isFinite(index)) return 0;
	return Math.min(story.steps.length - 1, Math.max(0, Math.trunc(index)));
}

/**
 * The graphic for a step: a pure function of the step's position, so a fast scroll, a reload or a
 * deep link lands on the same picture as reading step by step. The hidden view keeps the picture of
 * the nearest step that showed it, so switching views morphs from what the reader last saw.
 */
export function stateForStep(story: Story, index: number): GraphicState {
	const i = clampIndex(story, index);
	// The same state object each time for a step of a story: a layout worked out ahead for it
	// (rememberedLayout) is found again when the reader gets there.
	let states = made.get(story);
	if (!states) made.set(story, (states = []));
	return (states[i] ??= makeState(story, i));
}

const made = new WeakMap<Story, GraphicState[]>();

function makeState(story: Story, i: number): GraphicState {
	const step = story.steps[i]!;
	return {
		stepId: step.id,
		index: i,
		view: step.view,
		map: nearest(story.steps, i, mapOf) ?? DEFAULT_MAP,
		chart: nearest(story.steps, i, chartOf) ?? DEFAULT_CHART,
		alt: step.alt
	};
}

/** The index of the step with this id, or -1. */
export const stepIndex = (story: Story, id: string) => story.steps.findIndex((s) => s.id === id);
