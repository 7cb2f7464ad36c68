import { error } from '@sveltejs/kit';
import { CARD_NAMES, cardPng } from '$lib/share/cards.server';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => CARD_NAMES.map((name) => ({ card: `${name}.png` }));

export function GET({ params }) {
	const name = params.card.replace(/\.png$/, '');
	if (!params.card.endsWith('.png') || !CARD_NAMES.includes(name)) error(404, 'Not found');
	return new Response(cardPng(name), { headers: { 'content-type': 'image/png' } });
}
