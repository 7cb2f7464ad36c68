/**
 * Copies `text` (with `html` as rich text where the browser allows). If the clipboard is refused,
 * selects `fallback` so the reader can copy it by hand. Resolves to whether the copy was made.
 */
export async function copyText(text: string, fallback: HTMLElement, html?: string): Promise<boolean> {
	try {
		if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write)
			await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
		else await navigator.clipboard.writeText(text);
		return true;
	} catch {
		if (fallback instanceof HTMLTextAreaElement) fallback.select();
		else {
			const range = document.createRange();
			range.selectNodeContents(fallback);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
		}
		return false;
	}
}
