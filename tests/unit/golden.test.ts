// Golden pictures: every step's still figure at the phone and desktop widths, the picture's
// stylesheet, and the share cards, compared with files committed in tests/golden/. A change to a
// token, a constant or a component shows in the diff as changed pictures, to be looked at
// (`npm run sheet`) and then accepted with `npx vitest run tests/unit/golden.test.ts -u`.
import { describe, expect, test } from 'vitest';
import { story } from '$lib/content/site.server';
import { stateForStep } from '$lib/graphic';
import { FIGURE_WIDTHS } from '$lib/graphic/figures';
import { cssVar, pictureCss } from '$lib/graphic/style';
import { CARD_NAMES, cardSvg } from '$lib/share/cards.server';
import { figureMarkup } from '$lib/share/figures.server';
import { tokensCss } from '$lib/tokens';

/** One element a line, so a diff points at the mark that moved. */
const lines = (svg: string) => svg.replace(/></g, '>\n<') + '\n';
/** Cards carry the basemap's shapes, which the map build owns: the golden keeps the card's own marks. */
const withoutShapes = (svg: string) => svg.replace(/<defs>[\s\S]*?<\/defs>/, '<defs><!-- basemap shapes --></defs>');

describe('golden figures', () => {
	test.each(story.steps.flatMap((s, i) => FIGURE_WIDTHS.map((w) => ({ id: s.id, i, w }))))('$id at $w px', async ({ i, w }) => {
		await expect(lines(figureMarkup(stateForStep(story, i), w))).toMatchFileSnapshot(`../golden/figures/${story.steps[i]!.id}-${w}.svg`);
	});
});

describe('golden stylesheet and cards', () => {
	test('picture.css', async () => {
		await expect(`${tokensCss()}\n${pictureCss(cssVar).replace(/ (?=\.)/g, '\n')}\n`).toMatchFileSnapshot('../golden/picture.css');
	});

	test.each(CARD_NAMES)('card %s', async (name) => {
		await expect(lines(withoutShapes(cardSvg(name)))).toMatchFileSnapshot(`../golden/cards/${name}.svg`);
	});
});
