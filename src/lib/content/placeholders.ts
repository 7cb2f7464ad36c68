/**
 * Placeholders that the scrolling page renders with `{@html}` and that `hooks.server.ts` replaces
 * with server-only markup (`$lib/server/pageHtml`), rendered once per edition. The page is not
 * hydrated (its +page.server.ts), and none of this markup is in its data for the script
 * (`$lib/story/payload`). Each is a comment, so a page that missed the
 * replacement shows nothing rather than a token; none may be empty, because an empty comment is
 * the marker that ends an `{@html}` block.
 */

/** The chapters and their steps. */
export const STORY_TEXT = '<!--story-text-->';

/** The link-preview, search and oEmbed tags in the head (ShareMeta). */
export const SHARE_HEAD = '<!--share-head-->';

/** "Updated <date>" under the byline (Updated.svelte), once the story has corrections. */
export const UPDATED = '<!--updated-->';

/** The list of corrections at the foot of the story (Corrections.svelte). */
export const CORRECTIONS = '<!--corrections-->';
