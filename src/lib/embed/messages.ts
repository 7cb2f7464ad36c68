/**
 * pym.js's message format (@newswire/frames brings its own, see `child.svelte.ts`), including the
 * host-scroll message that lets the embed tell its steps without scroll events of its own.
 * Everything here is pure: it parses and builds messages, and ignores anything not in the expected
 * shape.
 */
import type { StepDetail } from '$lib/analytics';
import { activeIndex } from '$lib/scroll/scroller';

const PYM = 'xPYMx';

/** pym.js names the child after the host element's id: keep ids to the characters ids use. */
const CHILD_ID = /^[A-Za-z0-9_\-:.]{1,128}$/;

export const validChildId = (id: string | null | undefined): id is string => !!id && CHILD_ID.test(id);

/** `pymxPYMx<childId>xPYMxheightxPYMx<pixels>`, as pym.js's Child.sendHeight writes it. */
export const pymHeight = (childId: string, height: number) => ['pym', childId, 'height', String(Math.ceil(height))].join(PYM);

/** A step the reader reached, to a pym parent: `pymxPYMx<childId>xPYMxstepxPYMx<detail as JSON>`. */
export const pymStep = (childId: string, detail: StepDetail) => ['pym', childId, 'step', JSON.stringify(detail)].join(PYM);

/** The same to any parent, as a structured message in the style of frames' (`sentinel`, `type`). */
export const explainerStep = (detail: StepDetail) => ({ sentinel: 'explainer', type: 'step', ...detail }) as const;

/** Asks a pym parent for the viewport and the iframe's place in it (answered with `viewport-iframe-position`). */
export const pymPositionRequest = (childId: string) => ['pym', childId, 'parentPositionInfo', ''].join(PYM);

/** A pym message addressed to this child: its type and payload, or null. */
export function parsePym(data: unknown, childId: string): { type: string; payload: string } | null {
	if (typeof data !== 'string' || data.length > 1000) return null;
	const parts = data.split(PYM);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || !/^[A-Za-z-]{1,40}$/.test(parts[2]!)) return null;
	return { type: parts[2]!, payload: parts[3]! };
}

/** The host viewport and the iframe's box in it, in CSS pixels. */
export interface HostViewport {
	width: number;
	height: number;
	top: number;
	bottom: number;
}

/** Parses `"<vw> <vh> <top> <left> <bottom> <right>"`; null unless all six are finite and the sizes sane. */
export function parseViewport(payload: string): HostViewport | null {
	const parts = payload.trim().split(/\s+/);
	if (parts.length !== 6 || !parts.every((p) => /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(p))) return null;
	const numbers = parts.map(Number);
	if (!numbers.every(Number.isFinite)) return null;
	const [vw, vh, top, , bottom] = numbers as [number, number, number, number, number, number];
	if (!(vw > 0 && vw < 100_000 && vh > 0 && vh < 100_000) || Math.abs(top) > 10_000_000 || bottom < top) return null;
	return { width: vw, height: vh, top, bottom };
}

/** Where the scrollytelling block sits in the embed's document, measured once per layout. */
export interface TrackedLayout {
	/** Top of the block in document pixels. */
	blockTop: number;
	blockHeight: number;
	/** Height of the graphic that is kept in view. */
	stageHeight: number;
	/** Tops of the steps in document pixels. */
	stepTops: number[];
	/** The trigger line as a fraction of the host viewport's height. */
	trigger: number;
}

/**
 * From the iframe's place in the host viewport: the active step, and how far to move the graphic
 * down the block so it stays on screen (what `position: sticky` would do with the reader's own scroll).
 */
export function trackedState(layout: TrackedLayout, host: HostViewport): { index: number; offset: number } {
	// A document y inside the iframe is at host-viewport y = docY + host.top.
	const visibleTop = -host.top - layout.blockTop;
	const offset = Math.max(0, Math.min(layout.blockHeight - layout.stageHeight, visibleTop));
	const index = activeIndex(
		layout.stepTops.map((t) => t + host.top),
		host.height * layout.trigger
	);
	return { index, offset: Math.max(0, offset) };
}
