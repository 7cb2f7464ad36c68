// in dev, this makes Vite inject its client as this module's first dependency,
// so that global constant replacements are installed before any other module
// (including user hooks) evaluates. In build it's inert.
import.meta.hot;




export { matchers } from './matchers.js';

export const nodes = [
	() => import('./nodes/0'),
	() => import('./nodes/1'),
	() => import('./nodes/2'),
	() => import('./nodes/3'),
	() => import('./nodes/4'),
	() => import('./nodes/5'),
	() => import('./nodes/6'),
	() => import('./nodes/7'),
	() => import('./nodes/8'),
	() => import('./nodes/9'),
	() => import('./nodes/10'),
	() => import('./nodes/11'),
	() => import('./nodes/12')
];

export const server_loads = [0,2,3];

export const dictionary = {
		"/[[lang=lang]]/(site)/chapters/[chapter]": [~5,[2]],
		"/[[lang=lang]]/(site)/classroom": [~6,[2]],
		"/[[lang=lang]]/(site)/embed-code": [~7,[2]],
		"/[[lang=lang]]/embed": [11,[3]],
		"/[[lang=lang]]/embed/[chapter]": [~12,[3]],
		"/[[lang=lang]]/(site)/read": [~8,[2]],
		"/[[lang=lang]]/(site)/sources": [~9,[2]],
		"/[[lang=lang]]/(site)/timeline": [~10,[2]],
		"/[[lang=lang]]": [~4]
	};

export const hooks = {
	handleError: (({ error }) => { console.error(error) }),
	
	reroute: (() => {}),
	transport: {}
};

export const decoders = Object.fromEntries(Object.entries(hooks.transport).map(([k, v]) => [k, v.decode]));
export const encoders = Object.fromEntries(Object.entries(hooks.transport).map(([k, v]) => [k, v.encode]));

export const hash = false;

export const decode = (type, value) => decoders[type](value);

export { default as root } from '../root.js';

export const get_error_template = () => import('../shared/error-template.js').then(m => m.default);