// The story as the content file defines it, read independently of the page under test.
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/lib/content/parseStory';
import { parsePlaces } from '../../src/lib/data/places';

const file = 'src/content/story.aml';
const places = parsePlaces(readFileSync('src/lib/data/places.csv', 'utf8'));
export const story = parseStory(readFileSync(file, 'utf8'), file, new Set(places.map((p) => p.name)));

/** Each step with the accessible name its picture should carry. */
export const expectedSteps = story.steps.map((s) => ({ id: s.id, view: s.view, alt: `${s.view === 'map' ? 'Map' : 'Chart'}: ${s.alt}` }));
