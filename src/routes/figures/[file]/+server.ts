import { error } from '@sveltejs/kit';
import { FIGURE_FILES, figureSvg } from '$lib/share/figures.server';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => FIGURE_FILES.map((file) => ({ file }));

export function GET({ params }) {
	const svg = figureSvg(params.file);
	if (!svg) error(404, 'Not found');
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
