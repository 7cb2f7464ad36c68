/**
 * The embed's side of the iframe conversation. It reports the document's height to the parent in
 * both protocols (frames' message through @newswire/frames' `sendFrameHeight`, pym's through
 * `./messages`), and listens, from `window.parent` only, for frames' init, pym's width and pym's
 * viewport position. A position the embed did not ask for means the host tracks its scroll
 * (`trackscroll: true`), and the embed can then drive its own steps.
 *
 * frames' `initFrame` and `sendHeightOnFramerInit` are not used: their message listener takes
 * frames-init from any window, throws on a `null` message, cannot be removed, and answers only the
 * first init; their resize listener reports the frames height only.
 */
import { sendFrameHeight } from '@newswire/frames';
import { explainerStep, parsePym, parseViewport, pymHeight, pymPositionRequest, pymStep, validChildId, type HostViewport } from './messages';
import type { StepDetail } from '$lib/analytics';

/** What a frames parent (`observeIframe`) sends to ask for the height. */
const isFramesInit = (data: unknown): boolean =>
	typeof data === 'object' && data !== null && (data as Record<string, unknown>).sentinel === 'amp' && (data as Record<string, unknown>).type === 'frames-init';

export class EmbedChild {
	/** The host viewport, from the last valid position message. */
	host = $state<HostViewport | null>(null);
	/** True once positions arrive unasked: the host reports its scroll. */
	tracking = $state(false);
	readonly childId: string | null;
	#unanswered = 0;
	#lastHeight = -1;

	constructor(childId: string | null) {
		this.childId = validChildId(childId) ? childId : null;
	}

	#post(message: unknown) {
		window.parent.postMessage(message, '*');
	}

	/** Tells the parent which step the reader reached: as a structured message, and to a pym parent as a pym one. */
	sendStep(detail: StepDetail) {
		if (window.parent === window) return;
		this.#post(explainerStep(detail));
		if (this.childId) this.#post(pymStep(this.childId, detail));
	}

	sendHeight(force = false) {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (!force && Math.abs(height - this.#lastHeight) < 1) return;
		this.#lastHeight = height;
		if (this.childId) this.#post(pymHeight(this.childId, height));
		sendFrameHeight(height);
	}

	#onMessage = (e: MessageEvent) => {
		if (e.source !== window.parent) return;
		if (isFramesInit(e.data)) return this.sendHeight(true);
		if (!this.childId) return;
		const m = parsePym(e.data, this.childId);
		if (m?.type === 'width') return this.sendHeight(true);
		if (m?.type !== 'viewport-iframe-position') return;
		const host = parseViewport(m.payload);
		if (!host) return;
		if (this.#unanswered > 0) this.#unanswered--;
		else this.tracking = true;
		this.host = host;
	};

	/** Starts talking to the parent, if there is one; returns the cleanup. */
	start(): () => void {
		if (window.parent === window) return () => {};
		window.addEventListener('message', this.#onMessage);
		const ro = new ResizeObserver(() => this.sendHeight());
		ro.observe(document.documentElement);
		// A frame that is off screen is not drawn, so ResizeObserver waits; a resize of the frame itself
		// still fires, and measuring then forces the layout, so the host hears the new height at once.
		const onResize = () => this.sendHeight();
		window.addEventListener('resize', onResize);
		this.sendHeight(true);
		if (this.childId) {
			this.#unanswered++;
			this.#post(pymPositionRequest(this.childId));
		}
		return () => {
			window.removeEventListener('message', this.#onMessage);
			window.removeEventListener('resize', onResize);
			ro.disconnect();
		};
	}
}
