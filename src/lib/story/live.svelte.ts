/**
 * The story page in the browser. The page is server HTML and is not hydrated (its +page.server.ts
 * turns SvelteKit's client off): the words, the chapter bar and the footer are already there, and
 * no framework walks them. This brings in only what answers the reader: the live graphic, the step
 * buttons, the screen-reader announcement, the chapter bar's and the steps' marks, the glossary's
 * pop-ups, "Cite this" and the step analytics. Each part starts in a task of its own.
 */
import { mount } from 'svelte';
import Announcer from '$lib/components/Announcer.svelte';
import CiteThis from '$lib/components/CiteThis.svelte';
import LiveGraphic from '$lib/components/LiveGraphic.svelte';
import StepControls from '$lib/components/StepControls.svelte';
import { dispatchStep, MOVING_KEYS, stepDetail, stepReporter, type StepVia } from '$lib/analytics';
import { glossaryPopups } from '$lib/glossaryPopups';
import { rememberLayoutPart, stateForStep } from '$lib/graphic';
import { editionHref } from '$lib/i18n/editionLink';
import { wideLayout } from '$lib/media.svelte';
import { nextTask } from '$lib/nextTask';
import { drawLater } from '$lib/scroll/drawLater';
import { watchSteps } from '$lib/scroll/watchSteps';
import { chapterPlace, showChapter, showStep } from '$lib/storyMarks';
import type { StoryPayload } from './payload';

export function startStory(doc: Document, p: StoryPayload): void {
	const { story, pictureData, t } = p;
	const main = doc.getElementById('story');
	const stage = main?.querySelector<HTMLElement>('.stage');
	const steps = main?.querySelector<HTMLElement>('.scrolly-steps');
	if (!main || !stage || !steps) throw new Error('The story page has no #story with a .stage and .scrolly-steps.');
	const nav = doc.querySelector<HTMLElement>('.chapter-nav');
	const edition = doc.querySelector<HTMLAnchorElement>('a.edition-switch');

	let index = $state(0);
	const graphic = $derived(stateForStep(story, index));
	const step = $derived(story.steps[graphic.index]!);
	const place = $derived(chapterPlace(story, graphic.index));

	// The marks in the server markup follow the active step.
	$effect.root(() => {
		$effect(() => showStep(steps, graphic.index));
		$effect(() => {
			if (nav) showChapter(nav, place);
		});
		// The other edition opens at the step being read (EditionSwitch.svelte).
		$effect(() => {
			if (edition) edition.href = editionHref(p.other, graphic.index > 0 ? step.id : '');
		});
	});
	edition?.addEventListener('click', () => {
		if (graphic.index === 0 && location.hash) edition.href = editionHref(p.other, '', location.hash);
	});

	glossaryPopups(main);

	// Step analytics ($lib/analytics): the page reports a step when it comes to rest on it, with how
	// the reader got there, the last way they moved.
	let via: StepVia = location.hash ? 'link' : 'scroll';
	const report = stepReporter(dispatchStep);
	window.addEventListener('keydown', (e) => MOVING_KEYS.has(e.key) && (via = 'key'));
	window.addEventListener('wheel', () => (via = 'scroll'), { passive: true });
	window.addEventListener('touchstart', () => (via = 'scroll'), { passive: true });
	window.addEventListener('hashchange', () => (via = 'link'));

	const drawn = drawLater(Array.from(steps.querySelectorAll<HTMLElement>('.chapter')));
	watchSteps(steps, drawn, {
		index: () => graphic.index,
		setIndex: (i) => (index = i),
		onrest: (i, reached) => reached && report(stepDetail(story, i, via))
	});

	// The rest in tasks of their own, once every chapter is drawn: the picture's first frame and a
	// chapter's, when they fell together, made one task of 56–85 ms at 4× CPU; apart, 29–38 ms and
	// 17–32 ms. A key or a click draws every chapter at once (drawLater), so nobody waits on this. The
	// live graphic comes at the size of the box it goes in, and in pieces: the picture's map and its
	// chart are laid out in a task each, then drawn. The stage is empty until then: at the top of the
	// page the first chapter's card covers it, and on a link to a later step, an empty stage is
	// better than the first step's picture. Its size comes from the browser's next layout: read at
	// once, it would lay the page out then and there.
	drawn
		.then(nextTask)
		.then(() => controls(main, stage))
		.then(() => sizeOf(stage))
		.then(async (size) => {
			const at = { ...size, mode: wideLayout.current ? ('stage' as const) : ('band' as const) };
			for (const part of ['map', 'chart'] as const) {
				await nextTask();
				// A picture that cannot be laid out fails again when the graphic draws it, inside its
				// boundary, which tells the reader.
				try {
					rememberLayoutPart(graphic, pictureData, at, part);
				} catch {}
			}
			await nextTask();
			return size;
		})
		.then((size) => graphicIn(stage, size))
		.then(nextTask)
		.then(() => citeThis(doc, p));

	// The step buttons and the announcement go where the page would have them, after the stage.
	function controls(main: HTMLElement, stage: HTMLElement) {
		const after = stage.nextSibling ?? undefined;
		mount(StepControls, {
			target: main,
			anchor: after,
			props: {
				steps: story.steps,
				get index() {
					return graphic.index;
				},
				onGo: (i: number) => {
					via = 'key';
					index = i;
				},
				t
			}
		});
		mount(Announcer, {
			target: main,
			anchor: after,
			props: {
				get text() {
					return `${t.view[graphic.view]}: ${graphic.alt}`;
				}
			}
		});
		// For tests and QA tools: the page answers the reader from here.
		doc.documentElement.dataset.ready = '';
	}

	function graphicIn(stage: HTMLElement, size: { width: number; height: number }) {
		mount(LiveGraphic, {
			target: stage,
			props: {
				get picture() {
					return graphic;
				},
				data: pictureData,
				get mode() {
					return wideLayout.current ? 'stage' : 'band';
				},
				width: size.width,
				height: size.height,
				get ahead() {
					return [stateForStep(story, graphic.index + 1), stateForStep(story, graphic.index - 1)];
				},
				shapes: p.shapes,
				error: t.graphicError,
				readHref: `${p.home}/read/`
			}
		});
	}
}

/** An element's inner size, once the browser has laid it out. */
function sizeOf(el: HTMLElement): Promise<{ width: number; height: number }> {
	return new Promise((resolve) => {
		const ro = new ResizeObserver(() => {
			ro.disconnect();
			resolve({ width: el.clientWidth, height: el.clientHeight });
		});
		ro.observe(el);
	});
}

/**
 * "Cite this" with the reader's date and address, and buttons that copy: the server's section is
 * replaced by the component, and a button that had the focus hands it to its counterpart.
 */
function citeThis(doc: Document, p: StoryPayload): void {
	const section = doc.querySelector('section.cite');
	if (!section?.parentElement) return;
	const focused = Array.from(section.querySelectorAll('button')).indexOf(doc.activeElement as HTMLButtonElement);
	mount(CiteThis, { target: section.parentElement, anchor: section, props: { page: p.cite, builtOn: p.builtOn, lang: p.lang, t: p.t, mounted: true } });
	const fresh = section.previousElementSibling;
	section.remove();
	if (focused >= 0) fresh?.querySelectorAll('button')[focused]?.focus();
}
