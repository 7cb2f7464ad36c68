/** Text made safe for HTML and SVG: element content and double-quoted attributes alike. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Svelte's server markup without its hydration markers (comments), for markup that never hydrates. */
export const withoutMarkers = (markup: string) => markup.replace(/<!--[\s\S]*?-->/g, '');
