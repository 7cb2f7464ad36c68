import { readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';

/** The embed scripts a host page loads, served from our own origin so an embed needs no third-party host. */
const FILES: Record<string, string> = {
	'pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
	'frames.umd.js': 'node_modules/@newswire/frames/dist/frames.umd.js'
};

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => Object.keys(FILES).map((file) => ({ file }));

export function GET({ params }) {
	const path = FILES[params.file];
	if (!path) error(404, 'Not found');
	return new Response(readFileSync(path, 'utf8'), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
