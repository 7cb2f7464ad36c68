import type { CitedPage } from '$lib/cite';
import type { Story } from '$lib/content/types';
import type { PictureData } from '$lib/graphic';
import type { Lang } from '$lib/i18n';
import type { Ui } from '$lib/i18n/ui';

/**
 * What the story page's script needs that its HTML does not say, written into the page as JSON: the
 * steps (without their words, which are in the HTML), the pictures' data, the edition's words.
 */
export interface StoryPayload {
	story: Story;
	pictureData: PictureData;
	lang: Lang;
	t: Ui;
	/** The basemap's shapes file. */
	shapes: string;
	/** The edition's home, for links the script writes. */
	home: string;
	/** This page in the other edition. */
	other: string;
	cite: CitedPage;
	/** The build's date, `YYYY-MM-DD`, until the reader's browser supplies its own. */
	builtOn: string;
}

export const PAYLOAD_ID = 'story-data';

/**
 * The payload as the content of a `<script type="application/json">`: no `<` in it, so nothing in
 * the data can close the element or open a comment.
 */
export const payloadScript = (payload: StoryPayload): string =>
	`<script type="application/json" id="${PAYLOAD_ID}">${JSON.stringify(payload).replace(/</g, '\\u003c')}</script>`;

/** The payload the page carries, or an error that says what is wrong with it. */
export function readPayload(doc: Document): StoryPayload {
	const el = doc.getElementById(PAYLOAD_ID);
	if (!el?.textContent) throw new Error(`The page has no #${PAYLOAD_ID} data: the story's text stays, without its graphic and controls.`);
	const payload = JSON.parse(el.textContent) as StoryPayload;
	if (!Array.isArray(payload?.story?.steps) || !payload.story.steps.length || !payload.pictureData) {
		throw new Error(`#${PAYLOAD_ID} has no steps or no picture data.`);
	}
	return payload;
}
