/**
 * The words of the site's other pages (the teacher's guide, the sources, the timeline, the reading
 * edition, the embed code, a chapter's share page) in each edition. The copy itself comes with the
 * content (`src/content/`, `src/content/ar/`); these are the pages' own headings, labels and notes.
 * The Arabic follows docs/TERMS.ar.md: Western digits, «» quotes, the Arabic comma and semicolon.
 */
import { formatNumber } from './format';
import type { Lang } from './index';

/**
 * A sentence with markup in it, as runs: plain text, a link inside the edition (`href` from the
 * edition's root, as `/read/`), a piece of code, or a run in the other script to lay out in its own
 * direction (`<bdi>`: a source's English title inside an Arabic line).
 */
export type Rich = (string | { href: string; text: string } | { code: string } | { bdi: string })[];

export interface PagesUi {
	/** Between the items of a list. */
	comma: string;
	/** The label of a page's table of contents. */
	onThisPage: string;
	/** A source as the pages cite it in running text: publisher, title in quotes, date (formatted). */
	sourceEntry: (publisher: string, title: string, date: string) => Rich;
	classroom: {
		title: string;
		description: string;
		/** Where students read the story: links to the story, the reading edition, the timeline, the sources. */
		students: Rich;
		contentNote: string;
		/** Shown once the pages are kept on the device (src/service-worker.ts). */
		offline: string;
		objectives: string;
		questions: string;
		glossary: string;
		answerKey: string;
		/** By question kind (QUESTION_KINDS in content/pages.ts; the classroom page indexes it by a question's kind). */
		kinds: Record<'recall' | 'analysis' | 'competing-explanations' | 'sources', string>;
		readChapter: string;
		/** Before the publishers of a glossary term's `n` sources. */
		termSources: (n: number) => string;
		answerNote: string;
	};
	sources: {
		title: string;
		description: string;
		lede: string;
		cited: string;
		datasets: string;
		counting: string;
		/** Before the list of steps that cite a source. */
		citedIn: string;
		/** Between the steps that cite a source (each label may contain a comma). */
		citedSeparator: string;
		/** A step that cites a source: its chapter's label and its number in the chapter. */
		citedStep: (chapter: string, k: number) => string;
		terms: string;
		whatItIs: string;
		/** What a count of the dead is: "documented count", "household survey"… */
		kind: (kind: string) => string;
		whatItCounts: string;
		period: string;
		figure: string;
		keepInMind: string;
		source: string;
		whereToRead: string;
		/** The label of a count's link to source `n` in the list. */
		sourceInList: (n: number) => string;
	};
	chartTable: {
		title: string;
		deaths: string;
		troops: string;
		year: string;
		/** The header of the column of yearly totals. */
		yearTotal: string;
		/** The note under a table: its source note, then what a dash means. */
		note: (sourceNote: string) => string;
	};
	timeline: {
		title: string;
		description: (events: number) => string;
		filters: string;
		allChapters: string;
		/** What the filter shows, for screen readers: `n` events, from one chapter or all. */
		eventsShown: (n: number, chapter?: string) => string;
		source: string;
		confidence: (level: 'medium' | 'low') => string;
		inTheStory: string;
	};
	read: {
		title: string;
		description: (deck: string) => string;
		minutes: (n: number) => string;
		printNote: string;
		/** A group of steps with its figure: the chapter's title and the first step's number. */
		part: (chapter: string, n: number) => string;
		sourcesHidden: string;
		/** The label of a step's mark for source `n`. */
		source: (n: number) => string;
		map: string;
		chart: string;
		sources: string;
	};
	embedCode: {
		title: string;
		description: string;
		lede: string;
		whatToEmbed: string;
		wholeStory: string;
		steps: (n: number) => string;
		/** Without JavaScript: how to embed a chapter, given the chapters' ids. */
		noscript: (ids: string[]) => Rich;
		pym: { label: string; about: string };
		frames: { label: string; about: string };
		copy: string;
		copied: (kind: 'pym' | 'frames') => string;
		selected: string;
		options: string;
		/** The options: a theme, a step to start at. */
		themeOption: Rich;
		stepOption: Rich;
		preview: string;
		previewAbout: string;
		previewWidth: string;
		phone: string;
		desktop: string;
		px: (width: number) => string;
		previewOf: (width: number) => string;
		back: string;
	};
	chapter: {
		readInStory: string;
		inReadingEdition: string;
	};
}

/**
 * First-strong isolate … pop directional isolate: a Latin run that starts or ends with a neutral
 * character (`@newswire/frames`, `⌘C`) laid out in its own direction, where the words are plain text.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The plural category `Intl.PluralRules('ar')` gives a whole number (CLDR's rules), without the cost
 * of building the rules on a page's start. A unit test holds it to `Intl`.
 */
export function arabicPlural(n: number): 'zero' | 'one' | 'two' | 'few' | 'many' | 'other' {
	const r = n % 100;
	return n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : r >= 3 && r <= 10 ? 'few' : r >= 11 ? 'many' : 'other';
}

/**
 * A number with its noun as Arabic counts it: one and two are said by the noun alone (with واحد),
 * 3 to 10 take the plural, 11 to 99 the singular in the accusative, 100 and up the singular.
 */
function arabicCount(n: number, forms: { one: string; two: string; few: string; many: string; other: string }): string {
	const rule = arabicPlural(n);
	if (rule === 'one') return forms.one;
	if (rule === 'two') return forms.two;
	const noun = rule === 'few' ? forms.few : rule === 'many' ? forms.many : forms.other;
	return `${formatNumber(n)} ${noun}`;
}

export const PAGES = {
	en: {
		comma: ', ',
		onThisPage: 'On this page',
		sourceEntry: (publisher, title, date) => [`${publisher}, “${title},” ${date}.`],
		classroom: {
			title: 'For teachers',
			description: "A teacher's guide to the explainer: a content note, learning objectives, discussion questions for each chapter with an answer key, and a glossary.",
			students: [
				'Students can read the ',
				{ href: '/', text: 'scrolling story' },
				' or the ',
				{ href: '/read/', text: 'reading edition' },
				', which prints on a few pages; the ',
				{ href: '/timeline/', text: 'timeline' },
				' and the ',
				{ href: '/sources/', text: 'sources' },
				' support both.'
			],
			offline: 'These pages are saved on this device and open without a connection: the story, the reading edition, the timeline, the sources and this guide.',
			contentNote: 'Content note',
			objectives: 'Learning objectives',
			questions: 'Discussion questions',
			glossary: 'Glossary',
			answerKey: 'Answer key',
			kinds: {
				recall: 'Recall',
				analysis: 'Analysis',
				'competing-explanations': 'Weigh the explanations',
				sources: 'Sources and evidence'
			},
			readChapter: 'read the chapter',
			termSources: () => 'Source: ',
			answerNote: 'For the teacher: what a good answer contains, drawn from the story and its sources. When printed, the key starts on a page of its own, so it can be kept apart from the questions.'
		},
		sources: {
			title: 'Sources and methods',
			description: "Every source the story cites, by chapter; the datasets behind its map and chart, with their terms; and what each count of Iraq's war dead measures.",
			lede: 'Every source the story cites, numbered as in the story and grouped by the chapter that first cites it; the datasets behind the map and the chart, with their terms; and what each count of the dead measures.',
			cited: 'Sources in the story',
			datasets: 'Datasets',
			counting: 'How the dead are counted',
			citedIn: 'Cited in ',
			citedSeparator: ', ',
			citedStep: (chapter, k) => `${chapter}, step ${k}`,
			terms: 'Terms:',
			whatItIs: 'What it is',
			kind: (kind) => `A ${kind}`,
			whatItCounts: 'What it counts',
			period: 'Period',
			figure: 'Figure',
			keepInMind: 'Keep in mind',
			source: 'Source',
			whereToRead: 'Where to read it',
			sourceInList: (n) => `Source ${n} in the list above`
		},
		chartTable: {
			title: 'The chart’s numbers',
			deaths: 'Civilian deaths documented by Iraq Body Count, by month',
			troops: 'US troops in Iraq at month-end, thousands (approximate)',
			year: 'Year',
			yearTotal: 'Year',
			note: (sourceNote) => `${sourceNote} “–”: no figure for that month.`
		},
		timeline: {
			title: 'Timeline, 2003–2014',
			description: (events) => `${formatNumber(events)} dated events from the 2003 invasion of Iraq to ISIL's declaration of a caliphate in June 2014, each with its place and source.`,
			filters: 'Show one chapter',
			allChapters: 'All chapters',
			eventsShown: (n, chapter) => `Showing ${formatNumber(n)} events${chapter ? ` from ${chapter}` : ''}.`,
			source: 'Source: ',
			confidence: (level) => `Confidence ${level}: ${level === 'low' ? 'the sources disagree (see the note)' : 'one secondary source, or a small doubt about the date'}`,
			inTheStory: 'In the story'
		},
		read: {
			title: 'Reading edition',
			description: (deck) => `The whole story as one article with a still figure for each picture, made to print: ${deck}`,
			minutes: (n) => `${formatNumber(n)} min read`,
			printNote: 'This edition has the story’s full text and a still figure for each of its pictures, and prints on a few pages. Numbers in circles refer to the sources at the end.',
			part: (chapter, n) => `${chapter}, part ${n}`,
			sourcesHidden: 'Sources:',
			source: (n) => `Source ${n}`,
			map: 'Map',
			chart: 'Chart',
			sources: 'Sources'
		},
		embedCode: {
			title: 'Embed this story',
			description: 'Embed code for newsrooms: the whole story or one chapter, as a self-sizing iframe (pym.js or @newswire/frames) with no third-party requests.',
			lede: 'Put the explainer, or one chapter of it, inside your own article. The embed sizes itself, loads nothing from any other site, and credits and links back to the full story.',
			whatToEmbed: 'What to embed',
			wholeStory: 'The whole story',
			steps: (n) => `(${formatNumber(n)} steps)`,
			noscript: (ids) => [
				'Without JavaScript this page shows the code for the whole story. For one chapter, replace ',
				{ code: 'embed/' },
				' in the address with ',
				{ code: 'embed/<chapter>/' },
				`: ${ids.join(', ')}.`
			],
			pym: { label: 'pym.js (recommended)', about: 'The host page tells the embed how far the reader has scrolled, so the story plays as scrollytelling, with the graphic kept in view.' },
			frames: { label: 'iframe with @newswire/frames', about: 'For CMSs that use Frames or AMP-style resizing. The embed sizes itself and shows the story with a still figure after each passage.' },
			copy: 'Copy code',
			copied: (kind) => `Copied the ${kind === 'pym' ? 'pym.js' : 'iframe'} embed code.`,
			selected: 'Selected: press Ctrl+C or ⌘C to copy.',
			options: 'Options',
			themeOption: ['Add ', { code: '?theme=dark' }, ' or ', { code: '?theme=light' }, ' to the embed’s address to fix its colours; otherwise it follows the reader’s system setting.'],
			stepOption: ['Add ', { code: '?step=' }, ' and a step number (1 is the first step of what you embed) to start the embed part-way through.'],
			preview: 'Preview',
			previewAbout: 'As a reader sees it, laid out with a still figure after each passage; with the pym.js code on a live page, the graphic follows the reader’s scroll instead.',
			previewWidth: 'Preview width',
			phone: 'Phone',
			desktop: 'Desktop',
			px: (width) => `(${width} px)`,
			previewOf: (width) => `Preview, ${width} pixels wide`,
			back: 'Back to the story'
		},
		chapter: {
			readInStory: 'Read this chapter in the story',
			inReadingEdition: 'in the reading edition'
		}
	},
	ar: {
		comma: '، ',
		onThisPage: 'في هذه الصفحة',
		sourceEntry: (publisher, title, date) => [{ bdi: publisher }, '، «', { bdi: title }, `»، ${date}.`],
		classroom: {
			title: 'للمعلّمين',
			description: 'دليل للمعلّمين يرافق هذا التقرير: تنبيه بشأن المحتوى، وأهداف التعلّم، وأسئلة للنقاش في كل فصل مع مفتاح للإجابات، ومسرد للمصطلحات.',
			students: [
				'يمكن للطلاب قراءة ',
				{ href: '/', text: 'التقرير بصيغة التمرير' },
				' أو ',
				{ href: '/read/', text: 'نسخة القراءة' },
				' التي تُطبع في صفحات قليلة؛ ويرافق كليهما ',
				{ href: '/timeline/', text: 'التسلسل الزمني' },
				' و',
				{ href: '/sources/', text: 'المصادر' },
				'.'
			],
			offline: 'هذه الصفحات محفوظة على هذا الجهاز وتُفتح من دون اتصال: التقرير، ونسخة القراءة، والتسلسل الزمني، والمصادر، وهذا الدليل.',
			contentNote: 'تنبيه بشأن المحتوى',
			objectives: 'أهداف التعلّم',
			questions: 'أسئلة للنقاش',
			glossary: 'مسرد المصطلحات',
			answerKey: 'مفتاح الإجابات',
			kinds: {
				recall: 'استرجاع',
				analysis: 'تحليل',
				'competing-explanations': 'موازنة التفسيرات',
				sources: 'المصادر والأدلة'
			},
			readChapter: 'اقرأ الفصل',
			termSources: (n) => (n > 1 ? 'المصادر: ' : 'المصدر: '),
			answerNote: 'للمعلّم: ما تتضمّنه الإجابة الجيدة، مستمدًّا من التقرير ومصادره. عند الطباعة يبدأ المفتاح في صفحة مستقلة، كي يمكن فصله عن الأسئلة.'
		},
		sources: {
			title: 'المصادر والمنهجية',
			description: 'كل مصدر يستشهد به التقرير، مرتّبًا حسب الفصول؛ ومجموعات البيانات التي تقوم عليها خريطته ورسمه البياني، مع شروط استخدامها؛ وما يقيسه كل إحصاء لقتلى الحرب في العراق.',
			lede: 'كل مصدر يستشهد به التقرير، مرقّمًا كما في التقرير ومجمّعًا حسب أول فصل يستشهد به؛ ومجموعات البيانات التي تقوم عليها الخريطة والرسم البياني، مع شروط استخدامها؛ وما يقيسه كل إحصاء للقتلى.',
			cited: 'المصادر في التقرير',
			datasets: 'مجموعات البيانات',
			counting: 'كيف يُحصى القتلى',
			citedIn: 'يُستشهد به في: ',
			citedSeparator: '؛ ',
			citedStep: (chapter, k) => `${chapter}، الخطوة ${formatNumber(k)}`,
			terms: 'شروط الاستخدام:',
			whatItIs: 'ما هو',
			kind: (kind) => kind,
			whatItCounts: 'ما الذي يحصيه',
			period: 'الفترة',
			figure: 'الرقم',
			keepInMind: 'ما ينبغي مراعاته',
			source: 'المصدر',
			whereToRead: 'أين يمكن الاطلاع عليه',
			sourceInList: (n) => `المصدر ${formatNumber(n)} في القائمة أعلاه`
		},
		chartTable: {
			title: 'أرقام الرسم البياني',
			deaths: 'القتلى المدنيون الذين وثّقهم مشروع «إحصاء القتلى في العراق» (Iraq Body Count)، حسب الشهر',
			troops: 'القوات الأمريكية في العراق في نهاية كل شهر، بالآلاف (أرقام تقريبية)',
			year: 'السنة',
			yearTotal: 'مجموع السنة',
			note: (sourceNote) => `${sourceNote} «–»: لا رقم لذلك الشهر.`
		},
		timeline: {
			title: 'التسلسل الزمني، 2003-2014',
			description: (events) =>
				`${arabicCount(events, { one: 'حدث مؤرّخ واحد', two: 'حدثان مؤرّخان', few: 'أحداث مؤرّخة', many: 'حدثًا مؤرّخًا', other: 'حدث مؤرّخ' })} من غزو العراق عام 2003 إلى إعلان تنظيم الدولة الخلافة في يونيو 2014، لكلٍّ منها مكانه ومصدره.`,
			filters: 'عرض فصل واحد',
			allChapters: 'كل الفصول',
			eventsShown: (n, chapter) =>
				`تعرض الصفحة ${arabicCount(n, { one: 'حدثًا واحدًا', two: 'حدثين', few: 'أحداث', many: 'حدثًا', other: 'حدث' })}${chapter ? ` من فصل «${chapter}»` : ''}.`,
			source: 'المصدر: ',
			confidence: (level) => (level === 'low' ? 'درجة الثقة منخفضة: تتضارب المصادر (انظر الملاحظة)' : 'درجة الثقة متوسطة: مصدر ثانوي واحد، أو شكّ طفيف في التاريخ'),
			inTheStory: 'في التقرير'
		},
		read: {
			title: 'نسخة القراءة',
			description: (deck) => `التقرير كاملًا في مقال واحد، مع رسم ثابت لكل صورة، ومعدًّا للطباعة: ${deck}`,
			minutes: (n) => `مدة القراءة: ${arabicCount(n, { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' })}`,
			printNote: 'تتضمّن هذه النسخة النص الكامل للتقرير ورسمًا ثابتًا لكل صورة من صوره، وتُطبع في صفحات قليلة. وتحيل الأرقام الواردة في الدوائر إلى المصادر في آخرها.',
			part: (chapter, n) => `${chapter}، الجزء ${formatNumber(n)}`,
			sourcesHidden: 'المصادر:',
			source: (n) => `المصدر ${formatNumber(n)}`,
			map: 'خريطة',
			chart: 'رسم بياني',
			sources: 'المصادر'
		},
		embedCode: {
			title: 'تضمين هذا التقرير',
			description: `شيفرة تضمين للمؤسسات الإعلامية: التقرير كاملًا أو فصل واحد منه، في إطار iframe يضبط ارتفاعه بنفسه (pym.js أو ${isolate('@newswire/frames')})، من دون أي طلبات إلى أطراف ثالثة.`,
			lede: 'ضع هذا التقرير، أو فصلًا منه، داخل مقالك. يضبط التضمين ارتفاعه بنفسه، ولا يحمّل شيئًا من أي موقع آخر، ويذكر مصدره ويحيل إلى التقرير الكامل.',
			whatToEmbed: 'ما الذي تريد تضمينه',
			wholeStory: 'التقرير كاملًا',
			steps: (n) => `(${arabicCount(n, { one: 'خطوة واحدة', two: 'خطوتان', few: 'خطوات', many: 'خطوة', other: 'خطوة' })})`,
			noscript: (ids) => [
				'من دون جافاسكربت، تعرض هذه الصفحة شيفرة التقرير كاملًا. ولتضمين فصل واحد، استبدل في العنوان ',
				{ code: 'embed/' },
				' بـ',
				{ code: 'embed/<chapter>/' },
				'، واكتب مكان ',
				{ code: '<chapter>' },
				' معرّف الفصل: ',
				...ids.flatMap((id, i) => (i ? ['، ', { code: id }] : [{ code: id }])),
				'.'
			],
			pym: { label: 'pym.js (الخيار الموصى به)', about: 'تُبلغ الصفحة المضيفة التضمينَ بمدى تمرير القارئ، فيُعرض التقرير بأسلوب السرد بالتمرير، مع بقاء الرسم ظاهرًا.' },
			frames: {
				label: `إطار iframe مع ${isolate('@newswire/frames')}`,
				about: 'لأنظمة إدارة المحتوى التي تستخدم Frames أو تغيير الحجم على طريقة AMP. يضبط التضمين ارتفاعه بنفسه، ويعرض التقرير مع رسم ثابت بعد كل مقطع.'
			},
			copy: 'نسخ الشيفرة',
			copied: (kind) => `نُسخت شيفرة التضمين بصيغة ${kind === 'pym' ? 'pym.js' : 'iframe'}.`,
			selected: `حُدّدت الشيفرة: اضغط Ctrl+C أو ${isolate('⌘C')} لنسخها.`,
			options: 'خيارات',
			themeOption: ['أضف ', { code: '?theme=dark' }, ' أو ', { code: '?theme=light' }, ' إلى عنوان التضمين لتثبيت ألوانه؛ وإلا فإنه يتبع إعدادات نظام القارئ.'],
			stepOption: ['أضف ', { code: '?step=' }, ' ورقم خطوة (1 هي الخطوة الأولى مما تضمّنه) ليبدأ التضمين من تلك الخطوة.'],
			preview: 'معاينة',
			previewAbout: 'كما يراه القارئ، مع رسم ثابت بعد كل مقطع؛ أما مع شيفرة pym.js في صفحة منشورة، فيتبع الرسم تمرير القارئ.',
			previewWidth: 'عرض المعاينة',
			phone: 'هاتف',
			desktop: 'حاسوب مكتبي',
			px: (width) => `(${formatNumber(width)} بكسل)`,
			previewOf: (width) => `معاينة بعرض ${formatNumber(width)} بكسل`,
			back: 'العودة إلى التقرير'
		},
		chapter: {
			readInStory: 'اقرأ هذا الفصل في التقرير',
			inReadingEdition: 'في نسخة القراءة'
		}
	}
} satisfies Record<Lang, PagesUi>;
