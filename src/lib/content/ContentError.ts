/** A mistake in a content file, reported as `file:line: message`. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly detail: string
	) {
		super(`${file}:${line}: ${detail}`);
		this.name = 'ContentError';
	}
}
