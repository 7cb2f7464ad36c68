import { describe, expect, test } from 'vitest';
import { linkGlossary, termForms } from '$lib/content/glossary';
import type { GlossaryTerm } from '$lib/content/pages';
import type { Step } from '$lib/content/types';

const step = (id: string, html: string): Step => ({
	id,
	chapter: 'opening',
	html,
	plain: html.replace(/<[^>]+>/g, ''),
	alt: 'A map.',
	sources: [],
	events: [],
	view: 'map',
	camera: 'iraq',
	highlight: [],
	title: 'A picture',
	tone: 'neutral',
	markers: [],
	arrows: []
});

const term = (id: string, name: string, also: string[] = [], plain = `About ${name}.`): GlossaryTerm => ({ id, term: name, also, html: plain, plain, sources: [] });

const href = (id: string) => `/classroom/#term-${id}`;
const link = (steps: Step[], glossary: GlossaryTerm[]) => linkGlossary(steps, glossary, href);
/** The visible text of each term link, in document order. */
const anchors = (html: string) => [...html.matchAll(/<a class="term" target="_self" href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({ href: m[1], text: m[2] }));
const allHtml = (steps: Step[]) => steps.map((s) => s.html).join('\n');

const SHIA = term('shia', 'Shia', [], 'Shia Muslims follow the second branch of Islam.');

describe('linkGlossary', () => {
	test('wraps the first use in a link followed by its definition as a tooltip', () => {
		const { steps, linked } = link([step('a', '<p>Most Iraqis are Shia.</p>')], [SHIA]);
		expect(steps[0]!.html).toBe(
			'<p>Most Iraqis are <span class="term-wrap"><a class="term" target="_self" href="/classroom/#term-shia" aria-describedby="def-shia">Shia</a>' +
				'<span class="term-def" role="tooltip" id="def-shia"><span class="term-name">Shia</span> Shia Muslims follow the second branch of Islam.</span></span>.</p>'
		);
		expect(linked).toEqual(['shia']);
	});

	test('links only the first use, across steps in order, and leaves the other steps as they were', () => {
		const input = [step('a', '<p>No terms yet.</p>'), step('b', '<p>Shia parties and Shia voters.</p>'), step('c', '<p>Shia again.</p>')];
		const { steps, linked } = link(input, [SHIA]);
		expect(steps[0]!.html).toBe(input[0]!.html);
		expect(anchors(steps[1]!.html)).toEqual([{ href: '/classroom/#term-shia', text: 'Shia' }]);
		expect(steps[1]!.html).toMatch(/<\/span><\/span> parties and Shia voters\.<\/p>$/);
		expect(steps[2]!.html).toBe(input[2]!.html);
		expect(anchors(allHtml(steps))).toHaveLength(1);
		expect(linked).toEqual(['shia']);
	});

	test('keeps the other fields of each step and does not change its input', () => {
		const input = [step('a', '<p>Shia.</p>')];
		const { steps } = link(input, [SHIA]);
		expect(input[0]!.html).toBe('<p>Shia.</p>');
		expect({ ...steps[0], html: '' }).toEqual({ ...input[0], html: '' });
	});

	test('returns the ids in the order they were linked, and leaves out terms never used', () => {
		const glossary = [term('sunni', 'Sunni'), SHIA, term('sahwa', 'Awakening (Sahwa)', ['Awakening', 'Sahwa'])];
		const { steps, linked } = link([step('a', '<p>Shia and Sunni.</p>'), step('b', '<p>Sunni and Shia.</p>')], glossary);
		expect(linked).toEqual(['shia', 'sunni']);
		expect(anchors(steps[0]!.html).map((a) => a.text)).toEqual(['Shia', 'Sunni']);
		expect(anchors(steps[1]!.html)).toEqual([]);
	});

	test('prefers the longest form of a term at the same position', () => {
		const isil = term('isil', 'ISI / ISIL / ISIS / Daesh', ['ISIL', 'Islamic State of Iraq', 'Islamic State of Iraq and the Levant']);
		const { steps } = link([step('a', '<p>The Islamic State of Iraq and the Levant (ISIL) took Mosul.</p>')], [isil]);
		expect(anchors(steps[0]!.html)).toEqual([{ href: '/classroom/#term-isil', text: 'Islamic State of Iraq and the Levant' }]);
		expect(steps[0]!.html).toContain('</span></span> (ISIL) took Mosul.');
	});

	test('prefers the longest of two terms at the same position, and still links the shorter one later', () => {
		const isi = term('isi', 'Islamic State of Iraq');
		const isil = term('isil', 'Islamic State of Iraq and the Levant');
		const { steps, linked } = link(
			[step('a', '<p>The Islamic State of Iraq and the Levant rose.</p>'), step('b', '<p>Before, the Islamic State of Iraq was weak.</p>')],
			[isi, isil]
		);
		expect(linked).toEqual(['isil', 'isi']);
		expect(anchors(steps[0]!.html).map((a) => a.text)).toEqual(['Islamic State of Iraq and the Levant']);
		expect(anchors(steps[1]!.html).map((a) => a.text)).toEqual(['Islamic State of Iraq']);
	});

	test('links the earliest match in a text run, whichever term comes first in the glossary', () => {
		const { steps } = link([step('a', '<p>Sunni and Shia.</p>')], [SHIA, term('sunni', 'Sunni')]);
		expect(anchors(steps[0]!.html).map((a) => a.text)).toEqual(['Sunni', 'Shia']);
	});

	test.each([
		{ name: '"Shia" inside "Shiaa"', html: '<p>Shiaa, then Shia.</p>', terms: [SHIA] },
		{ name: '"Shia" inside "Shiism"-like words', html: '<p>Shiaism, then Shia.</p>', terms: [SHIA] },
		{ name: '"IS" inside "ISIL"', html: '<p>ISIL, then IS.</p>', terms: [term('is', 'IS')] },
		{ name: '"IS" at the end of "THIS"', html: '<p>THIS, then IS.</p>', terms: [term('is', 'IS')] },
		{ name: 'a term inside a hyphenated word', html: '<p>de-Baathification, then Baathification.</p>', terms: [term('b', 'Baathification')] },
		{ name: 'a term followed by digits', html: '<p>Shia2, then Shia.</p>', terms: [SHIA] },
		{ name: 'a term after an accented letter', html: '<p>éShia, then Shia.</p>', terms: [SHIA] }
	])('respects word boundaries: no match for $name', ({ html, terms }) => {
		const { steps } = link([step('a', html)], terms);
		expect(anchors(steps[0]!.html)).toHaveLength(1);
		expect(steps[0]!.html).toMatch(/, then <span class="term-wrap">/);
	});

	test('matches a term next to punctuation and tags', () => {
		const { steps, linked } = link([step('a', '<p><em>Shia</em>, (Sunni) “Peshmerga”</p>')], [SHIA, term('sunni', 'Sunni'), term('pesh', 'Peshmerga')]);
		expect(linked).toEqual(['shia', 'sunni', 'pesh']);
		expect(steps[0]!.html).toMatch(/^<p><em><span class="term-wrap"><a class="term"[^>]*>Shia<\/a>/);
	});

	test('never links inside an existing link, but links a later use', () => {
		const html = '<p><a href="https://example.org/shia">the Shia report</a> says Shia leaders met.</p>';
		const { steps } = link([step('a', html)], [SHIA]);
		expect(steps[0]!.html.startsWith('<p><a href="https://example.org/shia">the Shia report</a> says <span class="term-wrap">')).toBe(true);
		expect(anchors(steps[0]!.html)).toHaveLength(1);
	});

	test('never links inside a link with nested markup', () => {
		const html = '<p><a href="/x"><em>Shia</em> report</a>.</p>';
		const { steps, linked } = link([step('a', html)], [SHIA]);
		expect(steps[0]!.html).toBe(html);
		expect(linked).toEqual([]);
	});

	test('never links inside tag attributes', () => {
		const html = '<p><span title="Shia" data-x="Shia">Sunni</span> <abbr title="Shia">S.</abbr> then Shia.</p>';
		const { steps } = link([step('a', html)], [SHIA]);
		expect(steps[0]!.html.startsWith('<p><span title="Shia" data-x="Shia">Sunni</span> <abbr title="Shia">S.</abbr> then <span class="term-wrap">')).toBe(true);
	});

	test('escapes the definition, the term name and the address', () => {
		const t = term('rd', 'R&D <unit>', ['research'], 'Work on "new" things & <b>more</b>.');
		const { steps } = linkGlossary([step('a', '<p>Their research.</p>')], [t], (id) => `/g?x="1"&id=${id}`);
		const html = steps[0]!.html;
		expect(html).toContain('href="/g?x=&quot;1&quot;&amp;id=rd"');
		expect(html).toContain('<span class="term-name">R&amp;D &lt;unit&gt;</span> Work on &quot;new&quot; things &amp; &lt;b&gt;more&lt;/b&gt;.</span>');
		expect(html).not.toContain('<b>');
	});

	test('matches a form with an ampersand against the escaped HTML', () => {
		const { steps, linked } = link([step('a', '<p>The Q&amp;A ended.</p>')], [term('qa', 'Q&A')]);
		expect(linked).toEqual(['qa']);
		expect(anchors(steps[0]!.html)).toEqual([{ href: '/classroom/#term-qa', text: 'Q&amp;A' }]);
	});

	test('treats regex characters in a form literally', () => {
		const { linked } = link([step('a', '<p>ISIS, or Daesh.</p>')], [term('x', 'I.I.S (x)', ['IS+', 'D.esh'])]);
		expect(linked).toEqual([]);
	});

	// Lengths are compared on the escaped text, so the order the forms are tried in does not matter.
	test('prefers the longest form at the same position even when forms contain "&"', () => {
		const t = term('rd', 'R&D', ['R&D Lab']);
		const { steps } = link([step('a', '<p>The R&amp;D Lab opened.</p>')], [t]);
		expect(anchors(steps[0]!.html).map((a) => a.text)).toEqual(['R&amp;D Lab']);
	});

	test('with an empty glossary or no steps, changes nothing', () => {
		const input = [step('a', '<p>Shia.</p>')];
		expect(link(input, [])).toEqual({ steps: input, linked: [] });
		expect(link([], [SHIA])).toEqual({ steps: [], linked: [] });
	});
});

describe('linkGlossary in Arabic', () => {
	const SUNNA = term('sunni', 'السنّة', ['العرب السنّة']);
	const arabic = (html: string) => linkGlossary([step('a', html)], [SUNNA], href, 'ar');

	test('links a term joined to a one-letter prefix (و، ف، ب، ل، ك), and leaves the prefix outside the link', () => {
		const { steps } = arabic('<p>قاطع والسنّة الانتخابات.</p>');
		expect(anchors(steps[0]!.html)).toEqual([{ href: '/classroom/#term-sunni', text: 'السنّة' }]);
		expect(steps[0]!.html).toMatch(/قاطع و<span class="term-wrap">/);
	});

	test('links the longest form at the same place', () => {
		expect(anchors(arabic('<p>قاطع العرب السنّة الانتخابات.</p>').steps[0]!.html)).toEqual([{ href: '/classroom/#term-sunni', text: 'العرب السنّة' }]);
	});

	test('does not link a form inside a longer word, nor after a two-letter run that is no prefix', () => {
		expect(arabic('<p>الالسنّة</p>').linked).toEqual([]);
		expect(arabic('<p>السنّةُها</p>').linked).toEqual([]);
	});

	test('the English rule takes no prefix', () => {
		expect(linkGlossary([step('a', '<p>وShia</p>')], [SHIA], href).linked).toEqual([]);
	});
});

describe('termForms', () => {
	test('strips a bracketed abbreviation from the term and adds the listed forms', () => {
		expect(termForms(term('cpa', 'Coalition Provisional Authority (CPA)', ['CPA']))).toEqual(['Coalition Provisional Authority', 'CPA']);
		expect(termForms(term('idp', 'internally displaced person (IDP)', ['displaced']))).toEqual(['internally displaced person', 'displaced']);
	});

	test('keeps brackets that are not at the end, and terms without any', () => {
		expect(termForms(term('x', 'Order (No. 2) of the CPA'))).toEqual(['Order (No. 2) of the CPA']);
		expect(termForms(term('shia', 'Shia'))).toEqual(['Shia']);
	});

	test('drops duplicates and empty forms', () => {
		expect(termForms(term('cpa', 'Coalition Provisional Authority (CPA)', ['Coalition Provisional Authority', 'CPA', 'CPA']))).toEqual([
			'Coalition Provisional Authority',
			'CPA'
		]);
		expect(termForms(term('x', '(X)', ['X']))).toEqual(['X']);
	});
});
