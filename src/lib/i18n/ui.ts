/**
 * The words of the page's own furniture in each edition: links, buttons, labels, messages. The
 * copy's words live in `src/content/` (Arabic: `src/content/ar/`); the site pages' in `pages.ts`.
 * The Arabic follows docs/TERMS.ar.md. Plain strings, with `{n}`-style slots (`fill`, in fill.ts): each page's
 * data carries its own edition's, so the browser never downloads the other edition's words.
 */
import type { Lang } from './index';

export interface Ui {
	/** The other edition's name, in its own language, for the language switch. */
	otherEdition: string;
	otherEditionLabel: string;
	skipToStory: string;
	skipToContent: string;
	/** `{n}`: the minutes. */
	minRead: string;
	readingEdition: string;
	view: { map: string; chart: string };
	graphicError: [before: string, link: string, after: string];
	aboutThisStory: string;
	/** The paragraph after the credits: `{chart}` and `{sources}` are links. */
	creditsSources: [string, string, string, string, string];
	stepControls: string;
	previousStep: string;
	nextStep: string;
	chapters: string;
	siteNav: string;
	siteLinks: { path: string; label: string }[];
	citeThis: string;
	/** `{style}`: APA, MLA or Chicago. */
	copy: string;
	copied: string;
	copyFailed: string;
	sources: string;
	/** `{n}`: the source's number. */
	sourceMark: string;
	chartNumbers: string;
	embedFrom: string;
	corrections: string;
	/** A correction's two halves, before what the step said and before what it says now. */
	correctionWas: string;
	correctionNow: string;
	/** Under the byline when the story has been corrected: `{date}`. */
	updated: string;
	/** `{title}`: the story's; `{chapter}`: the chapter's. */
	mapAltStory: string;
	mapAltChapter: string;
}

const en: Ui = {
	otherEdition: 'العربية',
	otherEditionLabel: 'اقرأ هذه الصفحة بالعربية',
	skipToStory: 'Skip to the story',
	skipToContent: 'Skip to the content',
	minRead: '{n} min read',
	readingEdition: 'Reading edition',
	view: { map: 'Map', chart: 'Chart' },
	graphicError: ['The map and chart could not be drawn here. The story’s text is complete without them, and the ', 'reading edition', ' has every picture.'],
	aboutThisStory: 'About this story',
	creditsSources: ['Each step’s numbered sources are listed, with the datasets, ', 'the chart’s numbers as tables', ' and how the dead are counted, on the ', 'sources page', '.'],
	stepControls: 'Step through the story',
	previousStep: 'Previous step',
	nextStep: 'Next step',
	chapters: 'Chapters',
	siteNav: 'Site',
	siteLinks: [
		{ path: '/', label: 'The story' },
		{ path: '/read/', label: 'Reading edition' },
		{ path: '/timeline/', label: 'Timeline' },
		{ path: '/sources/', label: 'Sources and methods' },
		{ path: '/classroom/', label: 'For teachers' },
		{ path: '/embed-code/', label: 'Embed this story' }
	],
	citeThis: 'Cite this',
	copy: 'Copy {style}',
	copied: '{style} citation copied.',
	copyFailed: '{style} citation selected: press Ctrl+C or ⌘C to copy it.',
	sources: 'Sources',
	sourceMark: 'Source {n} on the sources page',
	chartNumbers: 'The chart’s numbers, as tables',
	embedFrom: 'From',
	corrections: 'Corrections and updates',
	correctionWas: 'It said:',
	correctionNow: 'It now says:',
	updated: 'Updated {date}',
	mapAltStory: 'Map of northern Iraq for {title}',
	mapAltChapter: 'Map for “{chapter}”, a chapter of {title}'
};

const ar: Ui = {
	otherEdition: 'English',
	otherEditionLabel: 'Read this page in English',
	skipToStory: 'انتقل إلى التقرير',
	skipToContent: 'انتقل إلى المحتوى',
	minRead: 'مدة القراءة: {n} دقيقة',
	readingEdition: 'نسخة القراءة',
	view: { map: 'خريطة', chart: 'رسم بياني' },
	graphicError: ['تعذّر رسم الخريطة والرسم البياني هنا. نصّ التقرير كامل من دونهما، و', 'نسخة القراءة', ' فيها كل الصور.'],
	aboutThisStory: 'عن هذا التقرير',
	creditsSources: ['مصادر كل خطوة مرقّمة ومدرجة، مع مجموعات البيانات، و', 'أرقام الرسم البياني في جداول', '، وطريقة إحصاء القتلى، في ', 'صفحة المصادر', '.'],
	stepControls: 'تنقّل بين خطوات التقرير',
	previousStep: 'الخطوة السابقة',
	nextStep: 'الخطوة التالية',
	chapters: 'الفصول',
	siteNav: 'الموقع',
	siteLinks: [
		{ path: '/', label: 'التقرير' },
		{ path: '/read/', label: 'نسخة القراءة' },
		{ path: '/timeline/', label: 'التسلسل الزمني' },
		{ path: '/sources/', label: 'المصادر والمنهجية' },
		{ path: '/classroom/', label: 'للمعلّمين' },
		{ path: '/embed-code/', label: 'تضمين التقرير' }
	],
	citeThis: 'استشهد بهذه الصفحة',
	copy: 'انسخ {style}',
	copied: 'نُسخ الاستشهاد بأسلوب {style}.',
	copyFailed: 'حُدّد الاستشهاد بأسلوب {style}: اضغط Ctrl+C أو ⌘C لنسخه.',
	sources: 'المصادر',
	sourceMark: 'المصدر {n} في صفحة المصادر',
	chartNumbers: 'أرقام الرسم البياني في جداول',
	embedFrom: 'من تقرير',
	corrections: 'التصويبات والتحديثات',
	correctionWas: 'كان النص:',
	correctionNow: 'وأصبح:',
	updated: 'حُدِّث في {date}',
	mapAltStory: 'خريطة شمال العراق لتقرير «{title}»',
	mapAltChapter: 'خريطة لفصل «{chapter}» من تقرير «{title}»'
};

export const UI: Record<Lang, Ui> = { en, ar };
