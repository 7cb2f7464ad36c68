// `npm run copy:pull -- <export file or URL> [--to src/content/story.aml]`: takes a shared document
// exported as plain text or HTML (docs/CONTENT.md, "Copy from a shared document"), turns it into
// ArchieML (src/lib/content/pull.ts), checks it exactly as the build would, and writes the content
// file only when it is valid. Otherwise it prints each mistake at the document's own line and changes
// nothing. Vite loads the modules as the build does (aliases, the content plugin).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const toAt = args.indexOf('--to');
const target = resolve(toAt >= 0 ? (args.splice(toAt, 2)[1] ?? '') : 'src/content/story.aml');
const input = args[0];
if (!input || args.length > 1 || !target.endsWith('.aml')) {
	console.error('usage: npm run copy:pull -- <export.txt | export.html | https://…> [--to src/content/<file>.aml]');
	process.exit(2);
}

async function read(from) {
	if (/^https?:\/\//.test(from)) {
		const response = await fetch(from).catch((e) => {
			throw new Error(`${from}: could not be fetched (${e.cause?.code ?? e.message})`);
		});
		if (!response.ok) throw new Error(`${from}: answered HTTP ${response.status}`);
		return response.text();
	}
	if (!existsSync(from)) throw new Error(`${from}: no such file`);
	return readFileSync(from, 'utf8');
}

let text;
try {
	text = await read(input);
} catch (e) {
	console.error(e.message);
	process.exit(1);
}

const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
let status = 0;
try {
	const { pull } = await vite.ssrLoadModule('/src/lib/content/pull.ts');
	const plugin = vite.config.plugins.find((p) => p.name === 'archieml-content');
	const pulled = pull(text);
	const file = relative(process.cwd(), target);
	try {
		plugin.api.check(target, pulled.aml, file);
	} catch (e) {
		// The content plugin's own ContentError (vite.config.ts loads it apart from this module graph).
		if (e?.name !== 'ContentError') throw e;
		console.error(`${input}:${pulled.lineOf[e.line - 1] ?? e.line}: ${e.detail}`);
		console.error(`${file} is unchanged.`);
		status = 1;
	}
	if (!status) {
		const aml = pulled.aml.replace(/\n*$/, '\n');
		if (existsSync(target) && readFileSync(target, 'utf8') === aml) console.log(`${file} is already the same as ${input}.`);
		else {
			writeFileSync(target, aml);
			console.log(`Wrote ${file} from ${input}: valid, ${aml.split('\n').length - 1} lines. Review it with git diff before committing.`);
		}
	}
} finally {
	await vite.close();
}
process.exit(status);
