/**
 * The picture's own words in each edition: what the map's names, the legend, the chart's axes and
 * the scale bar say. Plain data, as it travels in the page's data. The step's words (its title, markers' second lines, notes) come with the
 * edition's story; these are the ones the layout writes itself.
 */
import type { ArrowKind } from '$lib/content/vocabulary';
import type { Lang } from '$lib/i18n';
import type { Place } from '$lib/data/places';

export interface PictureWords {
	dir: 'ltr' | 'rtl';
	/** What joins a label's lines when they run onto one ("Baiji, entered 10 Jun"). */
	comma: string;
	/** The picture's accessible name starts with what it is. */
	view: { map: string; chart: string };
	/** Words that go with each arrow colour, so colour never carries a meaning alone. */
	arrows: Record<ArrowKind, string>;
	noFigure: string;
	deathsPerMonth: string;
	troops: [string, string];
	/** A troop axis tick in thousands of troops: `{n}` is the number. */
	thousands: string;
	/** A year on a narrow chart, where there is room for two digits: `{n}` is the two digits. */
	shortYear: string;
	/** The scale bar: `{n}` is the kilometres. */
	km: string;
	/** The words for the classes of a map filled by a figure: `{a}` and `{b}` are bounds. */
	bins: { under: string; between: string; orMore: string; twoThirds: string };
	/** A place, governorate, country or river by its English name, as this edition writes it. */
	names: Record<string, string>;
}

const EN: PictureWords = {
	dir: 'ltr',
	comma: ', ',
	view: { map: 'Map', chart: 'Chart' },
	arrows: { us: 'US-led advance', isil: 'ISIL advance', displacement: 'People fleeing', crossing: 'Fighters crossing' },
	noFigure: 'no figure found',
	deathsPerMonth: 'Deaths per month',
	troops: ['US troops', 'month-end'],
	thousands: '{n}k',
	shortYear: '’{n}',
	km: '{n} km',
	bins: { under: 'under {b}', between: '{a} to {b}', orMore: '{b} or more', twoThirds: 'two-thirds' },
	names: {}
};

/** Governorates, countries and rivers in Arabic (docs/TERMS.ar.md); places come from places.csv. */
const ARABIC_AREAS: Record<string, string> = {
	Anbar: 'الأنبار', Babil: 'بابل', Baghdad: 'بغداد', Basra: 'البصرة', 'Dhi Qar': 'ذي قار', Diyala: 'ديالى', Dohuk: 'دهوك', Erbil: 'أربيل',
	Karbala: 'كربلاء', Kirkuk: 'كركوك', Maysan: 'ميسان', Muthanna: 'المثنى', Najaf: 'النجف', Nineveh: 'نينوى', Qadisiyah: 'القادسية',
	Salahuddin: 'صلاح الدين', Sulaymaniyah: 'السليمانية', Wasit: 'واسط',
	Aleppo: 'حلب', Damascus: 'دمشق', Daraa: 'درعا', 'Deir ez-Zor': 'دير الزور', Hama: 'حماة', Hasakah: 'الحسكة', Homs: 'حمص', Idlib: 'إدلب',
	Latakia: 'اللاذقية', Quneitra: 'القنيطرة', Raqqa: 'الرقة', 'Rif Dimashq': 'ريف دمشق', Suwayda: 'السويداء', Tartus: 'طرطوس',
	Iraq: 'العراق', Syria: 'سوريا', Turkey: 'تركيا', Iran: 'إيران', 'Saudi Arabia': 'السعودية', Jordan: 'الأردن', Kuwait: 'الكويت',
	Tigris: 'دجلة', Euphrates: 'الفرات', 'Euphrates (Lake Assad)': 'الفرات (بحيرة الأسد)', 'Shatt al-Arab': 'شط العرب', 'Gharraf Canal (Shatt al-Gharraf)': 'شط الغراف'
};

const arabic = (places: readonly Place[]): PictureWords => ({
	dir: 'rtl',
	comma: '، ',
	view: { map: 'خريطة', chart: 'رسم بياني' },
	arrows: { us: 'تقدّم القوات بقيادة الولايات المتحدة', isil: 'تقدّم تنظيم الدولة', displacement: 'نزوح السكان', crossing: 'عبور المقاتلين' },
	noFigure: 'لم يُعثر على رقم',
	deathsPerMonth: 'القتلى في الشهر',
	troops: ['القوات الأمريكية', 'نهاية الشهر'],
	thousands: '{n} ألف',
	shortYear: '{n}',
	km: '{n} كم',
	bins: { under: 'أقل من {b}', between: 'من {a} إلى {b}', orMore: 'لا يقل عن {b}', twoThirds: 'الثلثين' },
	names: { ...ARABIC_AREAS, ...Object.fromEntries(places.filter((p) => p.ar).map((p) => [p.name, p.ar])) }
});

export function pictureWords(lang: Lang, places: readonly Place[]): PictureWords {
	return lang === 'ar' ? arabic(places) : EN;
}

export { fill } from '$lib/i18n/fill';

/** A name as the edition writes it. */
export const nameIn = (words: PictureWords, name: string) => words.names[name] ?? name;

/**
 * Right-to-left text in an SVG whose positions are physical: each line is wrapped in a right-to-left
 * isolate (U+2067 … U+2069). The line then reads right to left, "الموصل (10 يونيو)" with its
 * bracket in the right place, while `text-anchor` keeps meaning the left edge, the centre or the
 * right edge, as the layout placed it, in every renderer (the browser, figure files, resvg).
 */
function isolated<T>(value: T): T {
	if (Array.isArray(value)) return value.map(isolated) as T;
	if (!value || typeof value !== 'object') return value;
	const o = value as Record<string, unknown>;
	if (typeof o.text === 'string' && typeof o.size === 'number') return { ...o, text: `\u2067${o.text}\u2069` } as T;
	return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'scaleBar' && v ? { ...(v as object), label: `\u2067${(v as { label: string }).label}\u2069` } : isolated(v)])) as T;
}

/** A layout as its edition's direction needs it (see `isolated`). */
export const forDirection = <T>(dir: PictureWords['dir'], layout: T): T => (dir === 'rtl' ? isolated(layout) : layout);
