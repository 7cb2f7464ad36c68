import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { drawLater } from '$lib/scroll/drawLater';

// Elements as drawLater sees them: a class list.
const element = (...initial: string[]) => {
	const classes = new Set(initial);
	return { classList: { add: (c: string) => void classes.add(c), remove: (c: string) => void classes.delete(c), contains: (c: string) => classes.has(c) } as DOMTokenList };
};
const chapters = (n: number) => Array.from({ length: n }, () => element()) as unknown as HTMLElement[];
const drawn = (cs: HTMLElement[]) => cs.map((c) => (c.classList.contains('drawn') ? 1 : 0)).join('');

describe('drawLater: chapters the browser skipped at load', () => {
	let frames: (() => void)[];
	beforeEach(() => {
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	// One frame: its animation callbacks, then the tasks they set.
	const frame = () => {
		for (const f of frames.splice(0)) f();
		vi.runOnlyPendingTimers();
	};

	test('when nothing was skipped (a link to a step, a reload), it resolves at once and draws nothing', async () => {
		const cs = chapters(3);
		await drawLater(cs, element());
		expect(drawn(cs)).toBe('000');
		expect(frames).toHaveLength(0);
	});

	test('draws one chapter per frame; when all are drawn, the root loses its class and it resolves', async () => {
		const cs = chapters(3);
		const root = element('js', 'later');
		let done = false;
		drawLater(cs, root).then(() => (done = true));
		expect(drawn(cs)).toBe('100');
		frame();
		expect(drawn(cs)).toBe('110');
		frame();
		expect(drawn(cs)).toBe('111');
		expect(root.classList.contains('later')).toBe(true);
		await Promise.resolve();
		expect(done).toBe(false);
		frame();
		await Promise.resolve();
		expect(done).toBe(true);
		expect(root.classList.contains('later')).toBe(false);
		expect(root.classList.contains('js')).toBe(true);
	});

	test('after a jump has taken the class off (every chapter is drawn by the stylesheet), it draws no more and resolves', async () => {
		const cs = chapters(4);
		const root = element('later');
		let done = false;
		drawLater(cs, root).then(() => (done = true));
		frame();
		expect(drawn(cs)).toBe('1100');
		root.classList.remove('later');
		frame();
		await Promise.resolve();
		expect(done).toBe(true);
		expect(drawn(cs)).toBe('1100');
		expect(frames).toHaveLength(0);
	});

	test('a chapter already drawn is not drawn again', () => {
		const cs = chapters(2);
		cs[0]!.classList.add('drawn');
		drawLater(cs, element('later'));
		expect(drawn(cs)).toBe('11');
		expect(frames).toHaveLength(1);
	});
});
