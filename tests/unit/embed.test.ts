import { describe, expect, test } from 'vitest';
import {
	parsePym,
	parseViewport,
	pymHeight,
	pymPositionRequest,
	trackedState,
	validChildId,
	type HostViewport,
	type TrackedLayout
} from '$lib/embed/messages';
import { parseEmbedParams } from '$lib/embed/params';
import { framesSnippet, pymSnippet, type EmbedTarget } from '$lib/embed/snippets';

describe('validChildId', () => {
	test.each(['story', 'iraq-embed_2', 'a:b.c', 'A'.repeat(128)])('accepts %s', (id) => {
		expect(validChildId(id)).toBe(true);
	});

	test.each([null, undefined, '', 'a b', '<script>', 'a"b', 'a\n', 'é', 'A'.repeat(129)])('rejects %j', (id) => {
		expect(validChildId(id)).toBe(false);
	});
});

describe('pym messages', () => {
	test('pymHeight writes the pym.js height message, rounding up', () => {
		expect(pymHeight('story', 640.2)).toBe('pymxPYMxstoryxPYMxheightxPYMx641');
		expect(pymHeight('story', 640)).toBe('pymxPYMxstoryxPYMxheightxPYMx640');
	});

	test('pymPositionRequest asks for the parent position with an empty payload', () => {
		expect(pymPositionRequest('story')).toBe('pymxPYMxstoryxPYMxparentPositionInfoxPYMx');
		expect(parsePym(pymPositionRequest('story'), 'story')).toEqual({ type: 'parentPositionInfo', payload: '' });
	});
});

describe('parsePym', () => {
	const msg = (...parts: string[]) => parts.join('xPYMx');

	test('reads a message addressed to this child', () => {
		expect(parsePym(msg('pym', 'story', 'viewport-iframe-position', '1024 768 -50 0 2000 1024'), 'story')).toEqual({
			type: 'viewport-iframe-position',
			payload: '1024 768 -50 0 2000 1024'
		});
		expect(parsePym(msg('pym', 'story', 'height', ''), 'story')).toEqual({ type: 'height', payload: '' });
	});

	test.each([
		{ name: 'another child', data: msg('pym', 'other', 'height', '10') },
		{ name: 'a child id that only starts the same', data: msg('pym', 'story2', 'height', '10') },
		{ name: 'a wrong prefix', data: msg('pyn', 'story', 'height', '10') },
		{ name: 'no prefix', data: msg('story', 'height', '10') },
		{ name: 'too few parts', data: msg('pym', 'story', 'height') },
		{ name: 'too many parts', data: msg('pym', 'story', 'height', '10', 'extra') },
		{ name: 'a payload containing the separator', data: msg('pym', 'story', 'height', '1xPYMx2') },
		{ name: 'an empty type', data: msg('pym', 'story', '', '10') },
		{ name: 'a type with digits', data: msg('pym', 'story', 'height2', '10') },
		{ name: 'a type with spaces', data: msg('pym', 'story', 'new height', '10') },
		{ name: 'a type with markup', data: msg('pym', 'story', '<img>', '10') },
		{ name: 'a type with an underscore', data: msg('pym', 'story', 'set_height', '10') },
		{ name: 'a type longer than 40 characters', data: msg('pym', 'story', 'a'.repeat(41), '10') },
		{ name: 'a very long message', data: msg('pym', 'story', 'height', '1'.repeat(1000)) },
		{ name: 'an empty string', data: '' }
	])('ignores $name', ({ data }) => {
		expect(parsePym(data, 'story')).toBeNull();
	});

	test('accepts a type of exactly 40 characters and a message of exactly 1000', () => {
		expect(parsePym(msg('pym', 'story', 'a'.repeat(40), ''), 'story')?.type).toBe('a'.repeat(40));
		const head = msg('pym', 'story', 'height', '');
		expect(parsePym(head + 'x'.repeat(1000 - head.length), 'story')?.payload).toHaveLength(1000 - head.length);
		expect(parsePym(head + 'x'.repeat(1001 - head.length), 'story')).toBeNull();
	});

	test.each([null, undefined, 42, {}, ['pym', 'story', 'height', '1'], { sentinel: 'amp', type: 'frames-init' }])('ignores non-string data %j', (data) => {
		expect(parsePym(data, 'story')).toBeNull();
	});
});

describe('parseViewport', () => {
	test.each([
		{ payload: '1024 768 0 0 2000 1024', out: { width: 1024, height: 768, top: 0, bottom: 2000 } },
		{ payload: '390 844 -1234.5 8 766.25 382', out: { width: 390, height: 844, top: -1234.5, bottom: 766.25 } },
		{ payload: '  1e3  8E2\t-5e-1 0 1.5e3 1e3 ', out: { width: 1000, height: 800, top: -0.5, bottom: 1500 } },
		{ payload: '1280 720 -9999999 0 -9999000 1280', out: { width: 1280, height: 720, top: -9999999, bottom: -9999000 } },
		{ payload: '800 600 300 0 300 800', out: { width: 800, height: 600, top: 300, bottom: 300 } }
	])('reads "$payload"', ({ payload, out }) => {
		expect(parseViewport(payload)).toEqual(out);
	});

	test.each([
		{ name: 'NaN', payload: '1024 768 NaN 0 2000 1024' },
		{ name: 'Infinity', payload: '1024 768 Infinity 0 2000 1024' },
		{ name: 'a width that overflows to Infinity', payload: '1e400 768 0 0 2000 1024' },
		{ name: 'five numbers', payload: '1024 768 0 0 2000' },
		{ name: 'seven numbers', payload: '1024 768 0 0 2000 1024 5' },
		{ name: 'an empty payload', payload: '' },
		{ name: 'a zero width', payload: '0 768 0 0 2000 1024' },
		{ name: 'a zero height', payload: '1024 0 0 0 2000 1024' },
		{ name: 'a negative width', payload: '-1024 768 0 0 2000 1024' },
		{ name: 'a negative height', payload: '1024 -768 0 0 2000 1024' },
		{ name: 'a bottom above the top', payload: '1024 768 500 0 499 1024' },
		{ name: 'an absurd width', payload: '100000 768 0 0 2000 1024' },
		{ name: 'an absurd height', payload: '1024 1e6 0 0 2000 1024' },
		{ name: 'an absurd top', payload: '1024 768 -1e8 0 2000 1024' },
		{ name: 'letters', payload: '1024 768 abc 0 2000 1024' },
		{ name: 'units', payload: '1024px 768 0 0 2000 1024' },
		{ name: 'hex', payload: '0x400 768 0 0 2000 1024' },
		{ name: 'a leading plus', payload: '+1024 768 0 0 2000 1024' },
		{ name: 'commas', payload: '1024,768,0,0,2000,1024' },
		{ name: 'a bare decimal point', payload: '1024 768 .5 0 2000 1024' }
	])('rejects $name', ({ payload }) => {
		expect(parseViewport(payload)).toBeNull();
	});

	// Every one of the six numbers must be finite, not only the three the layout uses.
	test('rejects a bottom that overflows to Infinity (all six must be finite)', () => {
		expect(parseViewport('1024 768 0 0 1e400 1024')).toBeNull();
	});

	// Same gap: left and right are never checked at all, so an infinite left is accepted.
	test('rejects a left or right that overflows to Infinity', () => {
		expect(parseViewport('1024 768 0 1e400 2000 1024')).toBeNull();
	});
});

describe('trackedState', () => {
	// The block starts 200px into the embed's document and is 3000px tall; the graphic is 800px tall.
	const layout: TrackedLayout = { blockTop: 200, blockHeight: 3000, stageHeight: 800, stepTops: [200, 1000, 1800, 2600], trigger: 0.72 };
	const host = (top: number): HostViewport => ({ width: 1024, height: 1000, top, bottom: top + 3400 });
	const triggerY = 1000 * 0.72;

	test('above the block: first step, graphic at the top', () => {
		expect(trackedState(layout, host(600))).toEqual({ index: 0, offset: 0 });
		// The block's top exactly at the viewport's top.
		expect(trackedState(layout, host(-200)).offset).toBe(0);
	});

	test('inside the block: the offset is how far the block top has scrolled above the viewport', () => {
		for (const top of [-201, -450, -700, -1999.5, -2400]) expect(trackedState(layout, host(top)).offset).toBeCloseTo(-top - layout.blockTop);
	});

	test('below the block: the offset stops at blockHeight - stageHeight', () => {
		expect(trackedState(layout, host(-2400)).offset).toBe(2200);
		expect(trackedState(layout, host(-2401)).offset).toBe(2200);
		expect(trackedState(layout, host(-100_000)).offset).toBe(2200);
	});

	test('a graphic taller than its block never moves', () => {
		const short = { ...layout, blockHeight: 500 };
		for (const top of [500, -200, -500, -5000]) expect(trackedState(short, host(top)).offset).toBe(0);
	});

	test('the active step is the last whose top has crossed the trigger line', () => {
		// Step 1's top (1000) reaches the trigger line (720) when host.top = -280.
		expect(trackedState(layout, host(-270)).index).toBe(0);
		expect(trackedState(layout, host(-280)).index).toBe(1);
		expect(trackedState(layout, host(-700)).index).toBe(1);
		expect(trackedState(layout, host(-1080)).index).toBe(2);
		expect(trackedState(layout, host(-1880)).index).toBe(3);
		expect(trackedState(layout, host(-50_000)).index).toBe(3);
	});

	test('as the host scrolls down, the index never goes back and follows the trigger line', () => {
		let previous = -1;
		for (let top = 1500; top >= -4000; top -= 37) {
			const { index, offset } = trackedState(layout, host(top));
			expect(index).toBeGreaterThanOrEqual(previous);
			const crossed = layout.stepTops.filter((t) => t + top <= triggerY + 1).length;
			expect(index, `host.top ${top}`).toBe(Math.max(0, crossed - 1));
			expect(offset).toBeGreaterThanOrEqual(0);
			expect(offset).toBeLessThanOrEqual(layout.blockHeight - layout.stageHeight);
			previous = index;
		}
		expect(previous).toBe(layout.stepTops.length - 1);
	});

	test('the trigger is a fraction of the host viewport, not the iframe', () => {
		const tall: HostViewport = { ...host(-500), height: 2000 };
		// Trigger at 1440px: step tops at -300, 500, 1300, 2100 in the host viewport.
		expect(trackedState(layout, tall).index).toBe(2);
		expect(trackedState(layout, host(-500)).index).toBe(1);
	});
});

describe('parseEmbedParams', () => {
	const steps = [{ id: 'mosul' }, { id: 'invasion' }, { id: 'orders' }, { id: '7' }];
	const parse = (query: string) => parseEmbedParams(new URLSearchParams(query), steps);

	test.each([
		{ query: 'step=invasion', start: 1 },
		{ query: 'step=orders', start: 2 },
		{ query: 'step=%20orders%20', start: 2 },
		{ query: 'step=1', start: 0 },
		{ query: 'step=3', start: 2 },
		{ query: 'step=4', start: 3 },
		// A step whose id looks like a number is found by id first.
		{ query: 'step=7', start: 3 }
	])('finds $query', ({ query, start }) => {
		expect(parse(query).start).toBe(start);
	});

	test.each(['step=9999', 'step=5', 'step=0', 'step=-1', 'step=%3Cscript%3E', 'step=', 'step=3abc', 'step=1e3', 'step=2.0', 'step=Invasion', 'step=00003', ''])(
		'falls back to the first step for "%s"',
		(query) => {
			expect(parse(query).start).toBe(0);
		}
	);

	test.each([
		{ query: 'theme=light', theme: 'light' },
		{ query: 'theme=dark', theme: 'dark' },
		{ query: 'theme=Dark', theme: null },
		{ query: 'theme=sepia', theme: null },
		{ query: 'theme=', theme: null },
		{ query: '', theme: null }
	])('theme from "$query" is $theme', ({ query, theme }) => {
		expect(parse(query).theme).toBe(theme);
	});

	test('passes childId through, or null when absent', () => {
		expect(parse('childId=iraq-story&step=2')).toEqual({ start: 1, theme: null, childId: 'iraq-story' });
		expect(parse('step=2').childId).toBeNull();
	});
});

describe('embed snippets', () => {
	const target: EmbedTarget = { src: 'https://news.example/embed/?step=2', site: 'https://news.example/', title: 'Iraq, 2003–2014', slug: 'iraq-embed' };
	const hostile: EmbedTarget = {
		src: 'https://news.example/embed/?a="><script>alert(2)</script>',
		site: 'https://news.example/"><script>alert(3)</script>/',
		title: '"</script><script>alert(1)</script>',
		slug: 'iraq-embed'
	};

	test('pym: loads pym from the site and tracks scroll', () => {
		const s = pymSnippet(target);
		expect(s).toContain('<div id="iraq-embed"></div>');
		expect(s).toContain('<script src="https://news.example/vendor/pym.v1.min.js"></script>');
		expect(s).toContain('new pym.Parent("iraq-embed", "https://news.example/embed/?step=2", {');
		expect(s).toContain('title: "Iraq, 2003–2014"');
		expect(s).toContain('trackscroll: true');
	});

	test('frames: an iframe of the src, and frames loaded from the site', () => {
		const s = framesSnippet(target);
		expect(s).toContain('<iframe id="iraq-embed" src="https://news.example/embed/?step=2" title="Iraq, 2003–2014"');
		expect(s).toContain('<script src="https://news.example/vendor/frames.umd.js"></script>');
		expect(s).toContain('newswireFrames.observeIframe(document.getElementById("iraq-embed"));');
	});

	/** The bodies of the inline scripts (a `>` inside a quoted attribute is legal HTML, so `<script src=…>` is skipped). */
	const scripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

	test.each([
		{ name: 'pym', snippet: pymSnippet },
		{ name: 'frames', snippet: framesSnippet }
	])('$name: a hostile title, src or site cannot break out', ({ snippet }) => {
		const s = snippet(hostile);
		// Exactly the two scripts the snippet writes, and no injected alert.
		expect(s.match(/<script\b/g)).toHaveLength(2);
		expect(s.match(/<\/script>/g)).toHaveLength(2);
		expect(s).not.toMatch(/<script>alert/);
		// The one inline script is still valid JavaScript.
		expect(scripts(s)).toHaveLength(1);
		for (const body of scripts(s)) expect(() => new Function(body)).not.toThrow();
		// Attributes: no raw quote closes them early.
		for (const m of s.matchAll(/(src|title)="([^"]*)"/g)) expect(m[2]).not.toMatch(/[<"]/);
	});

	test('pym: a hostile title survives as the same string inside the script', () => {
		const body = scripts(pymSnippet(hostile))[0]!;
		let seen: unknown;
		new Function('pym', body)({ Parent: function (_id: string, src: string, opts: { title: string }) { seen = { src, title: opts.title }; } });
		expect(seen).toEqual({ src: hostile.src, title: hostile.title });
	});

	test('frames: a hostile title is entity-escaped in the attribute', () => {
		expect(framesSnippet(hostile)).toContain('title="&quot;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(framesSnippet({ ...target, title: 'A & B' })).toContain('title="A &amp; B"');
	});
});
