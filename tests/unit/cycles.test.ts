import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkCycles, elementaryCycles, isLocalSpecifier, parseImports, resolveImport } from '../../scripts/check-cycles.mjs';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project in a temp dir with these files (paths relative to its root). */
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'check-cycles-'));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

type Expected = [specifier: string, kind: 'static' | 'side-effect' | 'export' | 'dynamic', typeOnly?: boolean];

describe('parseImports', () => {
	const cases: Array<[name: string, source: string, expected: Expected[], file?: string]> = [
		['default import', `import a from './a';`, [['./a', 'static']]],
		['named, over several lines', `import {\n\tb,\n\tc as d\n} from "$lib/b";`, [['$lib/b', 'static']]],
		['namespace', `import * as v from 'valibot';`, [['valibot', 'static']]],
		['default and named', `import x, { y } from './xy';`, [['./xy', 'static']]],
		['side effect', `import '../app.css';\nimport"./bare";`, [['../app.css', 'side-effect'], ['./bare', 'side-effect']]],
		['export * from', `export * from './types';`, [['./types', 'export']]],
		['export * as from', `export * as g from './g';`, [['./g', 'export']]],
		['export { } from', `export { a, type B } from './state';`, [['./state', 'export']]],
		['export type from', `export type { T } from './t';`, [['./t', 'export', true]]],
		['import type', `import type { Story } from '$lib/content/types';`, [['$lib/content/types', 'static', true]]],
		['only type specifiers', `import { type A, type B } from './ab';`, [['./ab', 'static', true]]],
		['a value among type specifiers', `import { type A, b } from './ab';`, [['./ab', 'static']]],
		['a default import named type', `import type from './t';`, [['./t', 'static']]],
		['dynamic', `const m = await import('./lazy');\nconst n = import("./other", { with: {} });`, [['./lazy', 'dynamic'], ['./other', 'dynamic']]],
		['dynamic with a plain template', 'const m = import(`./tpl`);', [['./tpl', 'dynamic']]],
		['dynamic with a computed path', 'const m = import(`./x/${name}`);', []],
		['import type in a type position', `let s: import('$lib/content/types').Story;`, [['$lib/content/types', 'dynamic']]],
		['import.meta is not an import', `const u = new URL('./x', import.meta.url);`, []],
		['a method named import is not an import', `loader.import('./no');`, []],
		['line comment', `// import a from './commented';\nimport b from './real';`, [['./real', 'static']]],
		['comment after code', `import b from './real'; // import c from './commented'`, [['./real', 'static']]],
		['block comment', `/*\nimport a from './commented';\n*/\nimport b from './real';`, [['./real', 'static']]],
		['JSDoc with an example import', `/** Use \`import story from '$content/story.aml'\`. */\nexport const x = 1;`, []],
		['a URL in a string is not a comment', `const u = 'https://example.org/a'; import './after-url';`, [['./after-url', 'side-effect']]],
		['// in a double-quoted string', `const u = "//cdn"; import "./after";`, [['./after', 'side-effect']]],
		['a glob in a string is not a comment', `const g = 'src/**/*.ts'; import './after-glob';`, [['./after-glob', 'side-effect']]],
		['import text inside a string', `const s = "import fake from 'nope'"; const t = 'export * from "nope"';`, []],
		['a quote inside a regular expression', `const r = /'/; import './after-regex';`, [['./after-regex', 'side-effect']]],
		['// inside a regular expression', `const r = /\\/\\//g; import './after-slashes';`, [['./after-slashes', 'side-effect']]],
		['a regular expression with </script> and a class', `const m = /<script>([^<]*?)<\\/script>/.exec(h); import './after-script';`, [['./after-script', 'side-effect']]],
		['division is not a regular expression', `const h = a / 2; import './after-division'; const b = c / 3;`, [['./after-division', 'side-effect']]],
		['a template with a string in its expression', "const t = `a ${b ? '}`' : \"//\"} c`; import './after-template';", [['./after-template', 'side-effect']]],
		['a URL in a template', 'const t = `https://example.org/${p}`; import \'./after-url-template\';', [['./after-url-template', 'side-effect']]],
		['query suffix kept in the specifier', `import csv from './places.csv?raw';`, [['./places.csv?raw', 'static']]],
		['a .d.ts file is all types', `declare module '*/story.aml' {\n\tconst story: import('$lib/content/types').Story;\n}`, [['$lib/content/types', 'dynamic', true]], 'modules.d.ts'],
		[
			'svelte: every script block, not the markup',
			`<script module>\n\timport { a } from './a';\n</script>\n<script lang="ts">\n\timport B from './B.svelte';\n</script>\n<p>import c from './c'</p>\n<!-- <script>import d from './d';</script> -->\n<style>@import './e.css';</style>`,
			[['./a', 'static'], ['./B.svelte', 'static']],
			'X.svelte'
		],
		['svelte: a script tag split inside a string', `<script lang="ts">\n\tconst t = \`<script>\${x}</scr\` + \`ipt>\`;\n\timport { y } from './y';\n</script>`, [['./y', 'static']], 'X.svelte']
	];

	test.each(cases)('%s', (_, source, expected, file) => {
		const found = parseImports(source, file).map((i) => [i.specifier, i.kind, i.typeOnly]);
		expect(found).toEqual(expected.map(([s, k, t]) => [s, k, t ?? false]));
	});

	test('line numbers survive comments, multi-line strings and svelte markup', () => {
		const ts = `/*\n * a\n */\nconst s = 'x\\\ny';\nimport a from './a';\nconst t = \`\n\n\`;\nimport b from './b';`;
		expect(parseImports(ts, 'a.ts').map((i) => i.line)).toEqual([6, 10]);
		const svelte = `<svelte:options />\n\n<script lang="ts">\n\timport a from './a';\n</script>`;
		expect(parseImports(svelte, 'A.svelte').map((i) => i.line)).toEqual([4]);
	});
});

describe('resolveImport', () => {
	const root = tree({
		'src/lib/a.ts': '',
		'src/lib/util.js': '',
		'src/lib/media.svelte.ts': '',
		'src/lib/graphic/index.ts': '',
		'src/lib/graphic/state.ts': '',
		'src/lib/components/View.svelte': '',
		'src/lib/data/places.csv': '',
		'src/lib/data/map.topo.json': '',
		'src/lib/data/load.server.ts': '',
		'src/content/story.aml': '',
		'src/routes/+page.svelte': ''
	});
	const from = {
		route: join(root, 'src/routes/+page.svelte'),
		data: join(root, 'src/lib/data/load.server.ts'),
		components: join(root, 'src/lib/components/View.svelte')
	};
	const at = (p: string) => join(root, p);
	const cases: Array<[specifier: string, fromFile: string, expected: string | null]> = [
		['$lib/a', from.route, at('src/lib/a.ts')],
		['$lib/util', from.route, at('src/lib/util.js')],
		['$lib/graphic', from.route, at('src/lib/graphic/index.ts')],
		['$lib/graphic/state', from.route, at('src/lib/graphic/state.ts')],
		['../graphic/state', from.data, at('src/lib/graphic/state.ts')],
		['../graphic/state.ts', from.data, at('src/lib/graphic/state.ts')],
		['../graphic', from.data, at('src/lib/graphic/index.ts')],
		['$lib/media.svelte', from.route, at('src/lib/media.svelte.ts')],
		['./View.svelte', from.components, at('src/lib/components/View.svelte')],
		['./places.csv?raw', from.data, at('src/lib/data/places.csv')],
		['./places.csv?url', from.data, at('src/lib/data/places.csv')],
		['./map.topo.json', from.data, at('src/lib/data/map.topo.json')],
		['$content/story.aml', from.route, at('src/content/story.aml')],
		['../lib/a', from.route, at('src/lib/a.ts')],
		['./nope', from.data, null],
		['$lib/nope', from.route, null],
		['d3-geo', from.data, null],
		['@sveltejs/kit', from.route, null],
		['node:fs', from.data, null],
		['$app/paths', from.route, null],
		['$env/static/public', from.route, null],
		['$library/a', from.route, null]
	];
	test.each(cases)('%s from %s', (specifier, fromFile, expected) => {
		expect(resolveImport(specifier, fromFile, root)).toBe(expected);
	});

	test.each([
		['./x', true],
		['../x', true],
		['$lib/x', true],
		['$lib', true],
		['$content/story.aml', true],
		['$app/paths', false],
		['$env/dynamic/private', false],
		['svelte', false],
		['$library/x', false]
	] as const)('%s is local: %s', (specifier, local) => {
		expect(isLocalSpecifier(specifier)).toBe(local);
	});
});

describe('elementaryCycles', () => {
	const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
	const cases: Array<[name: string, edges: Record<string, string[]>, expected: string[][]]> = [
		['none in a chain', { a: ['b'], b: ['c'], c: [] }, []],
		['none in a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'] }, []],
		['a self-import', { a: ['a'] }, [['a', 'a']]],
		['two files', { a: ['b'], b: ['a'] }, [['a', 'b', 'a']]],
		['two cycles sharing a node, shortest first', { a: ['b'], b: ['a', 'c'], c: ['a'] }, [['a', 'b', 'a'], ['a', 'b', 'c', 'a']]],
		['two separate cycles', { a: ['b'], b: ['a'], x: ['y'], y: ['z'], z: ['x'] }, [['a', 'b', 'a'], ['x', 'y', 'z', 'x']]],
		['starts at the first name', { c: ['b'], b: ['a'], a: ['c'] }, [['a', 'c', 'b', 'a']]]
	];
	test.each(cases)('%s', (_, edges, expected) => {
		expect(elementaryCycles(graph(edges)).cycles).toEqual(expected);
	});

	test('stops at the limit and says so', () => {
		const complete = graph({ a: ['b', 'c', 'd'], b: ['a', 'c', 'd'], c: ['a', 'b', 'd'], d: ['a', 'b', 'c'] });
		expect(elementaryCycles(complete).cycles).toHaveLength(20); // 6 pairs + 8 triangles + 6 squares
		expect(elementaryCycles(complete, 5)).toMatchObject({ truncated: true, cycles: { length: 5 } });
		expect(elementaryCycles(complete, 20).truncated).toBe(false);
	});
});

describe('checkCycles', () => {
	test('finds and prints a file cycle', () => {
		const root = tree({
			'src/lib/a.ts': `import { b } from './b';\nexport const a = 1;`,
			'src/lib/b.ts': `// the import that closes the loop is type-only\nimport type { C } from './c';\nexport const b = 2;`,
			'src/lib/c.ts': `import { a } from '$lib/a';\nexport type C = number;`,
			'src/lib/d.ts': `import { a } from './a';`,
			'src/routes/+page.svelte': `<script>\n\timport { d } from '$lib/d';\n</script>`
		});
		const result = checkCycles(root);
		expect(result.ok).toBe(false);
		expect(result.folderCycles).toEqual([]);
		expect(result.output).toBe(
			[
				'File cycle 1: src/lib/a.ts → src/lib/b.ts → src/lib/c.ts → src/lib/a.ts',
				"  src/lib/a.ts:1 imports './b'",
				"  src/lib/b.ts:2 imports './c' (type-only)",
				"  src/lib/c.ts:1 imports '$lib/a'",
				'',
				'check-cycles: 5 files, 1 folder, 1 file cycle'
			].join('\n')
		);
	});

	test('finds a cycle between svelte components', () => {
		const root = tree({
			'src/lib/components/Tree.svelte': `<script lang="ts">\n\timport Node from './Node.svelte';\n</script>`,
			'src/lib/components/Node.svelte': `<script lang="ts">\n\timport Tree from './Tree.svelte';\n</script>`
		});
		expect(checkCycles(root).fileCycles.map((c) => c.files.map((f) => f.slice(root.length)))).toEqual([
			['/src/lib/components/Node.svelte', '/src/lib/components/Tree.svelte', '/src/lib/components/Node.svelte']
		]);
	});

	test('finds a folder cycle made of type-only imports, with an example import per step', () => {
		const root = tree({
			'src/lib/content/types.ts': `export type Step = { id: string };`,
			'src/lib/content/story.ts': `import type { GraphicState } from '$lib/graphic/types';\nexport const s = 1;`,
			'src/lib/graphic/types.ts': `import type { Step } from '$lib/content/types';\nexport type GraphicState = { step: Step };`,
			'src/lib/graphic/camera.ts': `import type { Step } from '../content/types';`
		});
		const result = checkCycles(root);
		expect(result.ok).toBe(false);
		expect(result.fileCycles).toEqual([]);
		expect(result.output).toBe(
			[
				'Folder cycle 1: src/lib/content → src/lib/graphic → src/lib/content',
				'  content → graphic  src/lib/content/story.ts:1 → src/lib/graphic/types.ts (type-only)',
				'  graphic → content  src/lib/graphic/types.ts:1 → src/lib/content/types.ts (type-only), 1 of 2 imports from 2 files, all type-only',
				'',
				'check-cycles: 4 files, 2 folders, 1 folder cycle'
			].join('\n')
		);
	});

	test('lists every folder cycle of a tangle of three, with the top-level files as folder lib', () => {
		const root = tree({
			'src/lib/html.ts': `import { x } from './content/x';`,
			'src/lib/content/x.ts': `import { y } from '../data/y';\nimport { h } from '$lib/html';`,
			'src/lib/data/y.ts': `import { z } from '$lib/graphic/z';`,
			'src/lib/graphic/z.ts': `import { x } from '$lib/content/x';\nimport { y } from '$lib/data/y';`
		});
		const result = checkCycles(root);
		expect(result.folderCycles.map((c) => c.folders)).toEqual([
			['content', 'lib', 'content'],
			['data', 'graphic', 'data'],
			['content', 'data', 'graphic', 'content']
		]);
		// The file cycles behind them: x ↔ html, y ↔ z, and x → y → z → x.
		expect(result.fileCycles).toHaveLength(3);
		expect(result.output.split('\n').at(-1)).toBe('check-cycles: 4 files, 4 folders, 3 file cycles and 3 folder cycles');
	});

	test('routes and files outside src/lib are not folders', () => {
		const root = tree({
			'src/lib/a.ts': `import { r } from '../routes/helper';`,
			'src/routes/helper.ts': `import { b } from '$lib/b/b';`,
			'src/lib/b/b.ts': `export const b = 1;`
		});
		expect(checkCycles(root).output).toBe('check-cycles: 3 files, 2 folders, no import cycles');
	});

	test('a clean graph gives one line', () => {
		const root = tree({
			'src/lib/html.ts': `export const escapeHtml = (s: string) => s.replace(/</g, '&lt;');`,
			'src/lib/content/types.ts': `export type Step = { id: string }; // see https://example.org/steps`,
			'src/lib/graphic/state.ts': `import type { Step } from '$lib/content/types';\nimport { escapeHtml } from '$lib/html';`,
			'src/lib/data/load.server.ts': `import places from './places.csv?raw';\nimport { stateForStep } from '$lib/graphic/state';`,
			'src/lib/data/places.csv': `name\nMosul\n`,
			'src/routes/+page.svelte': `<script lang="ts">\n\timport { base } from '$app/paths';\n\timport { stateForStep } from '$lib/graphic/state';\n</script>`
		});
		const result = checkCycles(root);
		expect(result).toMatchObject({ ok: true, fileCycles: [], folderCycles: [], warnings: [] });
		expect(result.output).toBe('check-cycles: 5 files, 4 folders, no import cycles');
	});

	test('warns about a local import that does not resolve', () => {
		const root = tree({ 'src/lib/a.ts': `\nimport { b } from './b';` });
		expect(checkCycles(root).warnings).toEqual(["check-cycles: warning: src/lib/a.ts:2 imports './b', which does not resolve to a file"]);
	});
});

describe('the command', () => {
	const script = fileURLToPath(new URL('../../scripts/check-cycles.mjs', import.meta.url));
	const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

	test('exits 1 and prints the cycles when there are some', () => {
		const root = tree({ 'src/lib/a.ts': `import './b';`, 'src/lib/b.ts': `import './a';` });
		const { status, stdout } = run('--root', root);
		expect(status).toBe(1);
		expect(stdout).toContain('File cycle 1: src/lib/a.ts → src/lib/b.ts → src/lib/a.ts');
	});

	test('exits 0 with the summary when there are none', () => {
		const root = tree({ 'src/lib/a.ts': `import './b';`, 'src/lib/b.ts': '' });
		expect(run(`--root=${root}`)).toMatchObject({ status: 0, stdout: 'check-cycles: 2 files, 1 folder, no import cycles\n' });
	});

	test('exits 2 on a bad argument or a missing src/', () => {
		expect(run('--nope').status).toBe(2);
		expect(run('--root', tmpdir() + '/check-cycles-missing').status).toBe(2);
	});
});
