import type { ArrowKind } from '$lib/content/vocabulary';

/** Words that go with each arrow colour, so colour never carries a meaning alone. */
export const ARROW_LABELS: Record<ArrowKind, string> = {
	us: 'US-led advance',
	isil: 'ISIL advance',
	displacement: 'People fleeing',
	crossing: 'Fighters crossing'
};

/**
 * Country names drawn on the map, most important first (a label that collides with a more
 * important one is dropped), at lon/lat anchors inside each country and clear of the story's towns.
 */
export const COUNTRY_LABEL_AT: Record<string, [number, number]> = {
	Iraq: [42.6, 32.6],
	Syria: [38.4, 34.9],
	Turkey: [40.2, 37.75],
	Iran: [47.3, 34.0],
	'Saudi Arabia': [41.8, 29.6],
	Jordan: [37.3, 31.0],
	Kuwait: [47.5, 29.15]
};
