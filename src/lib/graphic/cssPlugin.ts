import type { Plugin } from 'vite';
import { otherEditionCss, tokensCss } from '../tokens.ts';
import { cssVar, pictureCss } from './style.ts';

const ID = 'virtual:picture.css';
const RESOLVED = '\0picture.css';

/**
 * `import 'virtual:picture.css'`: the custom properties generated from the tokens, and the
 * picture's rules, as a stylesheet Vite inlines like any other (with, for the pages only, the fonts
 * of words in the other edition's language). The stand-alone figures write the
 * same two strings into each file, so the page and the figures cannot drift apart. Vite restarts
 * the dev server when a module the config imports changes, so an edited token shows at once.
 */
export function pictureStylesheet(): Plugin {
	return {
		name: 'picture-css',
		resolveId: (id) => (id === ID ? RESOLVED : null),
		load: (id) => (id === RESOLVED ? `${tokensCss()}\n${otherEditionCss()}\n${pictureCss(cssVar)}\n` : null)
	};
}
