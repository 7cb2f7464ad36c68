declare module 'archieml' {
	const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}
