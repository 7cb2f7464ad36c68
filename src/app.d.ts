declare global {
	namespace App {}
}

declare module '*.aml' {
	import type { Story } from '$lib/content/types';
	const story: Story;
	export default story;
}

declare module '*.csv?raw' {
	const text: string;
	export default text;
}

export {};
