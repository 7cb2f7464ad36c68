import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { brokenLinks, htmlFiles, linksIn } from './build-links';

// These read build/, which the test server has just built: once is enough (@once, playwright.config.ts).
test('every internal link and anchor across the built site resolves', { tag: '@once' }, () => {
	expect(htmlFiles('build').length).toBeGreaterThanOrEqual(10);
	expect(brokenLinks('build')).toEqual([]);
});

test('every external link is a well-formed http(s) address', { tag: '@once' }, () => {
	const bad: string[] = [];
	let count = 0;
	for (const page of htmlFiles('build'))
		for (const link of linksIn(readFileSync(page, 'utf8')).filter((l) => /^[a-z][a-z0-9+.-]*:/i.test(l) && !l.startsWith('data:'))) {
			count++;
			try {
				const url = new URL(link);
				if (!['http:', 'https:'].includes(url.protocol) || !/\.[a-z]{2,}$/i.test(url.hostname) && url.hostname !== 'localhost') bad.push(`${page}: ${link}`);
			} catch {
				bad.push(`${page}: ${link}`);
			}
		}
	expect(count).toBeGreaterThan(50);
	expect(bad).toEqual([]);
});

test('the link checker finds a broken link and a missing anchor (it can fail)', { tag: '@once' }, async () => {
	const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
	const { join } = await import('node:path');
	const { tmpdir } = await import('node:os');
	const root = mkdtempSync(join(tmpdir(), 'links-'));
	mkdirSync(join(root, 'a'));
	writeFileSync(join(root, 'index.html'), '<a href="/a/">ok</a><a href="/a/#there">ok</a><a href="/a/#nowhere">bad</a><a href="/missing/">bad</a><a href="#top">ok</a><p id="top"></p>');
	writeFileSync(join(root, 'a', 'index.html'), '<h2 id="there">x</h2>');
	expect(brokenLinks(root)).toEqual(['/: /a/#nowhere (no #nowhere)', '/: /missing/ (no file)']);
	// Built for a sub-path, a link that forgets the base is caught.
	writeFileSync(join(root, 'index.html'), '<a href="/b/a/">ok</a><a href="/a/">bad</a><img src="a/">');
	expect(brokenLinks(root, '/b')).toEqual(['/: /a/ is outside /b/']);
});
