// The 2005 maps: figures read from the research's files as they are, gaps kept as gaps, and each
// governorate put in its class.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseReferendumNo, parseTurnout } from '$lib/data/votes';
import { binLabels } from '$lib/graphic/choropleth';
import { layoutPicture, stateForStep } from '$lib/graphic';
import { pictureData } from '$lib/graphic/data.server';
import { story } from '$lib/content/site.server';

const read = (f: string) => readFileSync(`src/lib/data/${f}`, 'utf8');

describe('votes by province, 2005', () => {
	const turnout = parseTurnout(read('turnout_jan2005.csv'));
	const no = parseReferendumNo(read('referendum_2005.csv'));

	test('turnout in January 2005 is the councils’ figure, with no figure where that source has none', () => {
		expect(turnout).toMatchObject({ Anbar: 2, Nineveh: 17, Salahuddin: 29, Babil: 71, Baghdad: 48, Dohuk: 89 });
		expect([turnout.Basra, turnout.Erbil, turnout.Kirkuk]).toEqual([null, null, null]);
		expect(Object.keys(turnout)).toHaveLength(18);
	});

	test('the referendum’s no share, Babil unknown, Erbil from its yes share', () => {
		expect(no).toMatchObject({ Anbar: 96.96, Salahuddin: 81.75, Nineveh: 55.08, Basra: 3.98, Erbil: 0.64 });
		expect(no.Babil).toBeNull();
	});

	test.each([
		{ csv: 'governorate,turnout_percent_council\nAnbar,two\n', error: /turnout_jan2005\.csv:2: not a percentage: "two"/ },
		{ csv: 'governorate,turnout_percent_council\nAnbar,140\n', error: /turnout_jan2005\.csv:2: not a percentage: "140"/ }
	])('a row that is not a percentage stops the build: $error', ({ csv, error }) => {
		expect(() => parseTurnout(csv)).toThrow(error);
	});
});

describe('a map filled by a figure', () => {
	const at = (id: string) => layoutPicture(stateForStep(story, story.steps.findIndex((s) => s.id === id)), pictureData, { width: 640, height: 442, mode: 'still' });
	const fill = (l: ReturnType<typeof at>, gov: string) => l.map.governorates.find((g) => g.shape === `shape-g-${gov}`)?.fill;

	test('puts each province in its class, and the unknown apart', () => {
		const l = at('constitution-vote');
		expect([fill(l, 'anbar'), fill(l, 'salahuddin'), fill(l, 'nineveh'), fill(l, 'diyala'), fill(l, 'erbil'), fill(l, 'babil')]).toEqual(['bin-3', 'bin-3', 'bin-2', 'bin-1', 'bin-0', 'unknown']);
		// Syria's governorates are not in the figures.
		expect(fill(l, 'raqqa')).toBeUndefined();
	});

	test('keys every class and the unknown in words', () => {
		expect(at('constitution-vote').map.legend!.items.map((i) => i.text.text)).toEqual(['under 10%', '10% to 50%', '50% to two-thirds', 'two-thirds or more', 'no figure found']);
		expect(binLabels([25, 50, 75])).toEqual(['under 25%', '25% to 50%', '50% to 75%', '75% or more']);
	});

	test('names the most telling provinces with their figure', () => {
		const labels = at('sectarian-vote').map.labels.map((l) => l.lines.map((x) => x.text).join(' '));
		expect(labels).toContain('Anbar 2%');
		expect(labels).toContain('Nineveh 17%');
	});
});
