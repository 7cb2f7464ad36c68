import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { citations, localDate, titleCase, type CitedPage } from '$lib/cite';

describe('titleCase', () => {
	test.each([
		['how Iraq went from the 2003 invasion to the fall of Mosul', 'How Iraq Went from the 2003 Invasion to the Fall of Mosul'],
		// Minor words stay lower case inside, whatever case they were written in.
		['War And Peace In The Middle East', 'War and Peace in the Middle East'],
		// ...but the first and the last word are capitalised even when minor.
		['the war we came from', 'The War We Came From'],
		['a place to go to', 'A Place to Go To'],
		['of', 'Of'],
		// Other words keep their own capitals after the first letter.
		['ISIL and the de-Baathification of iPhones', 'ISIL and the De-Baathification of IPhones'],
		['', '']
	])('%j → %j', (input, output) => {
		expect(titleCase(input)).toBe(output);
	});

	// MLA and Chicago capitalise the first word of a subtitle too.
	test('capitalises the first word after a colon (the subtitle)', () => {
		expect(titleCase('Mosul: the fall of a city')).toBe('Mosul: The Fall of a City');
	});
});

describe('citations', () => {
	const page: CitedPage = {
		author: 'Graphics desk',
		title: 'How Iraq went from the 2003 invasion to the fall of Mosul',
		published: '2026-11-25',
		url: 'https://example.org/iraq/'
	};
	const byStyle = (p: CitedPage, accessed: string) => Object.fromEntries(citations(p, accessed).map((c) => [c.style, c]));

	test('gives APA, MLA and Chicago, in that order', () => {
		expect(citations(page, '2026-12-03').map((c) => c.style)).toEqual(['APA', 'MLA', 'Chicago']);
	});

	test('APA: author, (year, Month day), sentence-case title, retrieval date and full URL', () => {
		expect(byStyle(page, '2027-06-05').APA!.text).toBe(
			'Graphics desk. (2026, November 25). How Iraq went from the 2003 invasion to the fall of Mosul. Retrieved June 5, 2027, from https://example.org/iraq/'
		);
	});

	test('MLA: quoted title in title case, day Mon. year, URL without https://, accessed date', () => {
		expect(byStyle(page, '2027-06-05').MLA!.text).toBe(
			'Graphics desk. "How Iraq Went from the 2003 Invasion to the Fall of Mosul." 25 Nov. 2026, example.org/iraq/. Accessed 5 June 2027.'
		);
	});

	test('Chicago: quoted title in title case, Month day, year, accessed date, URL last', () => {
		expect(byStyle(page, '2027-06-05').Chicago!.text).toBe(
			'Graphics desk. "How Iraq Went from the 2003 Invasion to the Fall of Mosul." November 25, 2026. Accessed June 5, 2027. https://example.org/iraq/.'
		);
	});

	test.each([
		{ date: '2027-01-09', mla: '9 Jan. 2027', long: 'January 9, 2027' },
		{ date: '2027-05-31', mla: '31 May 2027', long: 'May 31, 2027' },
		{ date: '2027-06-01', mla: '1 June 2027', long: 'June 1, 2027' },
		{ date: '2027-07-04', mla: '4 July 2027', long: 'July 4, 2027' },
		{ date: '2027-09-30', mla: '30 Sept. 2027', long: 'September 30, 2027' },
		{ date: '2027-12-25', mla: '25 Dec. 2027', long: 'December 25, 2027' }
	])('writes the access date $date as "$mla" (MLA) and "$long"', ({ date, mla, long }) => {
		const c = byStyle(page, date);
		expect(c.MLA!.text.endsWith(`Accessed ${mla}.`)).toBe(true);
		expect(c.Chicago!.text).toContain(`Accessed ${long}.`);
		expect(c.APA!.text).toContain(`Retrieved ${long}, from`);
	});

	test('an author ending in a full stop does not get a second one', () => {
		for (const c of citations({ ...page, author: 'Graphics Desk Inc.' }, '2027-01-01')) {
			expect(c.text.startsWith('Graphics Desk Inc. ')).toBe(true);
			expect(c.text).not.toContain('Inc..');
		}
	});

	// A title that ends in its own punctuation takes no extra full stop.
	test('a title ending in a question mark gets no extra full stop', () => {
		const c = byStyle({ ...page, title: 'Why did Mosul fall?' }, '2027-06-05');
		expect(c.APA!.text).toContain('(2026, November 25). Why did Mosul fall? Retrieved');
		expect(c.MLA!.text).toContain('"Why Did Mosul Fall?" 25 Nov. 2026');
		expect(c.Chicago!.text).toContain('"Why Did Mosul Fall?" November 25, 2026');
	});

	test('MLA drops http:// as well as https://, and only at the start', () => {
		const c = byStyle({ ...page, url: 'http://example.org/?u=https://x' }, '2027-01-01');
		expect(c.MLA!.text).toContain(', example.org/?u=https://x. Accessed');
		expect(c.Chicago!.text.endsWith(' http://example.org/?u=https://x.')).toBe(true);
	});

	test('html: APA italicises the title; MLA and Chicago use curly quotes', () => {
		const c = byStyle(page, '2027-06-05');
		expect(c.APA!.html).toBe(
			'Graphics desk. (2026, November 25). <i>How Iraq went from the 2003 invasion to the fall of Mosul</i>. Retrieved June 5, 2027, from https://example.org/iraq/'
		);
		expect(c.MLA!.html).toBe(
			'Graphics desk. “How Iraq Went from the 2003 Invasion to the Fall of Mosul.” 25 Nov. 2026, example.org/iraq/. Accessed 5 June 2027.'
		);
		expect(c.Chicago!.html).toBe(
			'Graphics desk. “How Iraq Went from the 2003 Invasion to the Fall of Mosul.” November 25, 2026. Accessed June 5, 2027. https://example.org/iraq/.'
		);
	});

	test('html escapes <, > and & in the author, title and URL; text keeps them as written', () => {
		const hostile = { author: 'R&D <desk>', title: 'Q&A: <b>war</b>', published: '2026-11-25', url: 'https://example.org/?a=1&b=<2>' };
		const c = byStyle(hostile, '2027-06-05');
		expect(c.APA!.html).toBe('R&amp;D &lt;desk&gt;. (2026, November 25). <i>Q&amp;A: &lt;b&gt;war&lt;/b&gt;</i>. Retrieved June 5, 2027, from https://example.org/?a=1&amp;b=&lt;2&gt;');
		expect(c.MLA!.html).toContain('“Q&amp;A: &lt;b&gt;war&lt;/b&gt;.”');
		expect(c.MLA!.html).toContain('example.org/?a=1&amp;b=&lt;2&gt;.');
		expect(c.Chicago!.html).toContain('https://example.org/?a=1&amp;b=&lt;2&gt;.');
		for (const x of Object.values(c)) {
			// No markup but the APA <i>.
			expect(x.html.replace(/<\/?i>/g, '')).not.toMatch(/[<>]/);
			expect(x.html).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
		}
		expect(c.APA!.text).toContain('Q&A: <b>war</b>');
	});
});

describe('citations in Arabic', () => {
	const page: CitedPage = { author: 'قسم الرسوم البيانية', title: 'كيف انتقل العراق من غزو 2003 إلى سقوط الموصل', published: '2026-11-25', url: 'https://example.org/ar/' };
	test('the three styles with Arabic words and dates (Western digits), the title in italics or «»', () => {
		const [apa, mla, chicago] = citations(page, '2026-12-03', 'ar');
		expect(apa!.text).toBe('قسم الرسوم البيانية. (2026، 25 نوفمبر). كيف انتقل العراق من غزو 2003 إلى سقوط الموصل. تاريخ الاسترجاع 3 ديسمبر 2026، من https://example.org/ar/');
		expect(apa!.html).toContain('<i>كيف انتقل العراق من غزو 2003 إلى سقوط الموصل</i>');
		// The address reads left to right inside the Arabic line.
		expect(chicago!.html).toContain('<bdi dir="ltr">https://example.org/ar/</bdi>.');
		expect(mla!.parts.filter((r) => r.ltr).map((r) => r.text)).toEqual(['example.org/ar/']);
		expect(mla!.text).toBe('قسم الرسوم البيانية. «كيف انتقل العراق من غزو 2003 إلى سقوط الموصل». 25 نوفمبر 2026، example.org/ar/. تاريخ الاطلاع 3 ديسمبر 2026.');
		expect(chicago!.text).toBe('قسم الرسوم البيانية. «كيف انتقل العراق من غزو 2003 إلى سقوط الموصل». 25 نوفمبر 2026. تاريخ الاطلاع 3 ديسمبر 2026. https://example.org/ar/.');
	});
});

describe('localDate', () => {
	// West of Greenwich, late evening is already tomorrow in UTC: a date taken from toISOString() would
	// be a day late. Node reads TZ afresh when it changes.
	const tz = process.env.TZ;
	beforeAll(() => {
		process.env.TZ = 'America/Los_Angeles';
	});
	afterAll(() => {
		if (tz === undefined) delete process.env.TZ;
		else process.env.TZ = tz;
		vi.useRealTimers();
	});

	test('is the local calendar date, zero-padded', () => {
		expect(localDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
		expect(localDate(new Date(2027, 10, 30, 0, 0))).toBe('2027-11-30');
	});

	test('defaults to today, on the reader’s clock', () => {
		vi.useFakeTimers({ now: new Date(2027, 5, 9, 22, 30), toFake: ['Date'] });
		expect(localDate()).toBe('2027-06-09');
		vi.setSystemTime(new Date(2028, 1, 29, 0, 5));
		expect(localDate()).toBe('2028-02-29');
	});
});
