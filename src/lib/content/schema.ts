/** The pieces every content parser shares: field rules, ArchieML loading, error reporting. */
import archieml from 'archieml';
import * as v from 'valibot';
import { ContentError } from './ContentError.ts';
import type { PathKey } from './locate.ts';

export const text = (what: string) => v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} is empty`));
export const optionalText = v.optional(v.pipe(v.string(), v.trim()));
export const slug = (what: string) =>
	v.pipe(text(what), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what} must be lowercase-with-dashes`));
export const month = (what: string) =>
	v.pipe(text(what), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${what} must be a month, YYYY-MM`));

export const httpUrl = (what: string) =>
	v.pipe(text(what), v.url(`${what} is not a URL`), v.regex(/^https?:\/\//, `${what} must be http(s)`));

export function loadAml(source: string, file: string): Record<string, unknown> {
	try {
		return archieml.load(source);
	} catch (e) {
		throw new ContentError(file, 1, `not valid ArchieML: ${(e as Error).message}`);
	}
}

/** Validates `input`, or reports the first issue at its place in the source through `fail`. */
export function check<S extends v.GenericSchema>(
	schema: S,
	input: unknown,
	prefix: readonly PathKey[],
	fail: (path: readonly PathKey[], message: string) => never
): v.InferOutput<S> {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = (issue.path ?? []).map((p) => p.key as PathKey);
	const missing = issue.input === undefined && path.length > 0;
	const key = path[path.length - 1];
	return fail([...prefix, ...path], missing ? `missing ${String(key)}` : issue.message);
}
