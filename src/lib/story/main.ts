// The story page's script: the only JavaScript the page loads (vite.config.ts, storyEntry). A
// module script runs once the document is parsed, which can be before the browser's first frame:
// it waits for that frame, so the reader has the text before any of this runs. If the page's data
// cannot be read, the reader keeps the text, which is all server HTML.
import { readPayload } from './payload';
import { startStory } from './live.svelte';

requestAnimationFrame(() => setTimeout(() => startStory(document, readPayload(document)), 0));
