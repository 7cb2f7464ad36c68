// bench/first-layout/ is the story's first screen as text alone, in the story's typefaces: a
// control for the first layout's font cost (README, Performance). It is static HTML, so its font
// stacks are written out; this keeps them the ones the pages use.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ARABIC_FONTS, FONTS } from '$lib/tokens';

const fixture = readFileSync('bench/first-layout/index.html', 'utf8');

test.each([
	['serif', FONTS.serif],
	['sans-serif', FONTS.sans],
	['Arabic sans-serif', ARABIC_FONTS.sans]
])('the first-layout fixture sets its text in the pages’ %s stack', (_, stack) => {
	expect(fixture).toContain(`font-family: ${stack};`);
});
