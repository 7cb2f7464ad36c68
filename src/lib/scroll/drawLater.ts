/**
 * On a first visit that starts at the top of the story, the browser skips laying out the first
 * chapter's steps and chapters 2–6 until they near the screen: app.html puts the `later` class on the
 * root, and app.css gives those `content-visibility: auto`. The page's first frame then lays out the
 * header, the chapter bar and the first title card. This then draws the rest, one chapter per
 * frame, each a layout of its own, so that by the time
 * steps are watched every chapter has its true height and nothing above the reader can change
 * height afterwards.
 *
 * A jump may come before the last chapter is drawn, even before this script runs. On any key or
 * click (a chapter link, End, the step buttons), app.html's own listener takes the class off and
 * every chapter is drawn at once, before the browser moves the reader; on a change of `#` address
 * made another way, as soon as it is made. Resolves when every chapter is drawn.
 */
export function drawLater(chapters: readonly HTMLElement[], root: Pick<HTMLElement, 'classList'> = document.documentElement): Promise<void> {
	return new Promise((resolve) => {
		const next = () => {
			const chapter = root.classList.contains('later') ? chapters.find((c) => !c.classList.contains('drawn')) : undefined;
			if (!chapter) {
				root.classList.remove('later');
				resolve();
				return;
			}
			chapter.classList.add('drawn');
			// The class goes on in a task; the browser lays the chapter out in its next frame; the
			// timeout set from that frame's animation callback runs after the frame.
			requestAnimationFrame(() => setTimeout(next, 0));
		};
		next();
	});
}
