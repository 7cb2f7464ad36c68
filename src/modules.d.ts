declare module '*.aml' {
	const story: import('$lib/content/types').Story;
	export default story;
}
