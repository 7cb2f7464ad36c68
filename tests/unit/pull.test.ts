// Copy from a shared document (src/lib/content/pull.ts, scripts/copy-pull.mjs): exports of the story
// as a writer's document gives them, turned back into ArchieML and checked like the build checks it.
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fromHtml, fromPlainText, pull, unwrapLink } from '$lib/content/pull';

const story = readFileSync('src/content/story.aml', 'utf8');
const fixture = (name: string) => `tests/fixtures/copy/${name}`;

describe('turning an export into ArchieML', () => {
	test('a plain-text export: its lines, without the byte-order mark and the carriage returns', () => {
		const p = fromPlainText('\uFEFFid: a\r\ntext: b\r\n');
		expect(p.aml).toBe('id: a\ntext: b\n');
		expect(p.lineOf).toEqual([1, 2, 3]);
	});

	test('an HTML export: a line per paragraph, bold, italics and links as the content’s markup', () => {
		const html =
			'<html><head><style>.c1{font-weight:700}.c2{font-weight:400}.c7{font-style:italic}</style></head><body>' +
			'<p class="c0"><span class="c2">text: Iraq Body Count </span><span class="c1">documented</span><span class="c2"> it, a </span><span class="c7">floor</span><span class="c2">, per </span>' +
			'<span class="c4"><a href="https://www.google.com/url?q=https://www.iraqbodycount.org/database/&amp;sa=D&amp;source=editors">the database</a></span><span class="c2">.</span></p>' +
			'<p class="c0"><span class="c2"></span></p><ul><li class="c3"><span class="c2">Students can &ldquo;say&rdquo; what Order&nbsp;1 did &amp; why.</span></li></ul></body></html>';
		const p = fromHtml(html);
		expect(p.aml.split('\n')).toEqual(['text: Iraq Body Count **documented** it, a *floor*, per [the database](https://www.iraqbodycount.org/database/).', '', '* Students can &ldquo;say&rdquo; what Order 1 did & why.']);
		expect(p.lineOf).toEqual([1, 2, 3]);
	});

	test('marks go round the words: a bold run with spaces keeps them outside', () => {
		expect(fromHtml('<p><b>two </b><span>words</span></p>').aml).toBe('**two** words');
		expect(fromHtml('<p><i> italic</i> and <strong>strong</strong></p>').aml).toBe('*italic* and **strong**');
	});

	test('Google’s redirect is taken off a link; any other address stays as it is', () => {
		expect(unwrapLink('https://www.google.com/url?q=https://example.org/a?b%3Dc&sa=D')).toBe('https://example.org/a?b=c');
		expect(unwrapLink('https://example.org/url?q=x')).toBe('https://example.org/url?q=x');
		expect(unwrapLink('not a url')).toBe('not a url');
	});

	test('the saved exports of the story give back the story, line for line', () => {
		expect(pull(readFileSync(fixture('story.txt'), 'utf8')).aml).toBe(story);
		expect(pull(readFileSync(fixture('story.html'), 'utf8')).aml).toBe(story);
	});
});

describe('npm run copy:pull', () => {
	const run = (args: string[]) => spawnSync('node', ['scripts/copy-pull.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });

	test('writes the content file from a valid export, and says so', { timeout: 120_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'pull-'));
		const target = join(dir, 'story.aml');
		writeFileSync(target, 'title: an older draft\n');
		const r = run([fixture('story.html'), '--to', target]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^Wrote .*story\.aml from tests\/fixtures\/copy\/story\.html: valid/);
		expect(readFileSync(target, 'utf8')).toBe(story);
	});

	test('an export with a mistake changes nothing and names the document’s line', { timeout: 120_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'pull-'));
		const target = join(dir, 'story.aml');
		copyFileSync('src/content/story.aml', target);
		const r = run([fixture('story-broken.html'), '--to', target]);
		expect(r.status).toBe(1);
		// The broken line is the document's paragraph that says "camera: bagdad".
		const paragraph = readFileSync(fixture('story-broken.html'), 'utf8').split('<p class="c0').findIndex((p) => p.includes('camera: bagdad'));
		expect(paragraph).toBeGreaterThan(100);
		expect(r.stderr).toContain(`tests/fixtures/copy/story-broken.html:${paragraph}: unknown camera "bagdad"`);
		expect(r.stderr).toContain('is unchanged');
		expect(readFileSync(target, 'utf8')).toBe(story);
	});

	test('a missing file or an address that cannot be fetched is a clear error', { timeout: 60_000 }, () => {
		expect(run(['tests/fixtures/copy/nothing.html']).stderr).toContain('tests/fixtures/copy/nothing.html: no such file');
		const r = run(['http://127.0.0.1:9/doc']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/^http:\/\/127\.0\.0\.1:9\/doc: could not be fetched/);
	});
});
