/**
 * Glossary definitions open on hover and focus with CSS alone. This adds what CSS cannot: a tap on
 * a touch screen opens the definition instead of leaving the page (a second tap follows the link),
 * a tap elsewhere closes it, and Escape dismisses it (WCAG 1.4.13).
 */
export function glossaryPopups(root: HTMLElement): () => void {
	// Whether the click comes from a finger: from the pointer that pressed, not from what the device can do.
	let touch = false;
	const onPointer = (e: PointerEvent) => (touch = e.pointerType === 'touch');
	const close = () => root.querySelectorAll('.term-wrap.open').forEach((w) => w.classList.remove('open'));

	const onClick = (e: MouseEvent) => {
		const target = e.target instanceof Element ? e.target : null;
		const term = target?.closest('.term');
		const wrap = term?.parentElement;
		if (wrap && touch && !wrap.classList.contains('open')) {
			e.preventDefault();
			close();
			wrap.classList.add('open');
			return;
		}
		if (!target?.closest('.term-def')) close();
	};
	const onKey = (e: KeyboardEvent) => {
		if (e.key !== 'Escape') return;
		close();
		root.querySelectorAll('.term-wrap:hover, .term-wrap:focus-within').forEach((w) => w.classList.add('dismissed'));
	};
	const undismiss = (e: Event) => {
		const wrap = e.target instanceof Element ? e.target.closest('.term-wrap') : null;
		wrap?.classList.remove('dismissed');
	};

	// On the document, so a tap anywhere closes an open definition; in the capture phase, so the
	// router (which follows links from the body) sees the tap already handled.
	document.addEventListener('pointerdown', onPointer, true);
	document.addEventListener('click', onClick, true);
	document.addEventListener('keydown', onKey);
	root.addEventListener('focusout', undismiss);
	root.addEventListener('mouseout', undismiss);
	return () => {
		document.removeEventListener('pointerdown', onPointer, true);
		document.removeEventListener('click', onClick, true);
		document.removeEventListener('keydown', onKey);
		root.removeEventListener('focusout', undismiss);
		root.removeEventListener('mouseout', undismiss);
	};
}
