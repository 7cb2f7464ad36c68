import { describe, expect, test } from 'vitest';
import { dispatchStep, STEP_EVENT, stepDetail, stepReporter, type StepDetail } from '$lib/analytics';
import { explainerStep, parsePym, pymStep } from '$lib/embed/messages';

const story = {
	steps: [
		{ id: 'mosul-falls', chapter: 'opening' },
		{ id: 'half-million-flee', chapter: 'opening' },
		{ id: 'invasion-begins', chapter: 'invasion' }
	]
} as Parameters<typeof stepDetail>[0];

describe('step analytics', () => {
	test('a step’s detail: its id, chapter, place in the story and the story’s length, and how the reader came', () => {
		expect(stepDetail(story, 2, 'link')).toEqual({ id: 'invasion-begins', chapter: 'invasion', index: 2, total: 3, via: 'link' });
		expect(stepDetail(story, 3, 'scroll')).toBeNull();
		expect(stepDetail(story, -1, 'scroll')).toBeNull();
	});

	test('the reporter never sends the same step twice in a row, whatever the way', () => {
		const sent: string[] = [];
		const report = stepReporter((d) => sent.push(`${d.id} ${d.via}`));
		for (const [i, via] of [[0, 'scroll'], [0, 'key'], [1, 'scroll'], [1, 'scroll'], [0, 'link'], [2, 'key'], [2, 'scroll']] as const) report(stepDetail(story, i, via));
		report(null);
		expect(sent).toEqual(['mosul-falls scroll', 'half-million-flee scroll', 'mosul-falls link', 'invasion-begins key']);
	});

	test('the event is a CustomEvent named explainer:step carrying the detail', () => {
		const target = new EventTarget();
		const got: StepDetail[] = [];
		target.addEventListener(STEP_EVENT, (e) => got.push((e as CustomEvent<StepDetail>).detail));
		const detail = stepDetail(story, 1, 'scroll')!;
		dispatchStep(detail, target);
		expect(STEP_EVENT).toBe('explainer:step');
		expect(got).toEqual([detail]);
	});

	test('an embed tells its parent in both forms: a structured message and a pym message with the same JSON', () => {
		const detail = stepDetail(story, 1, 'scroll')!;
		expect(explainerStep(detail)).toEqual({ sentinel: 'explainer', type: 'step', id: 'half-million-flee', chapter: 'opening', index: 1, total: 3, via: 'scroll' });
		const pym = parsePym(pymStep('iraq-2014-story', detail), 'iraq-2014-story');
		expect(pym?.type).toBe('step');
		expect(JSON.parse(pym!.payload)).toEqual(detail);
	});
});
