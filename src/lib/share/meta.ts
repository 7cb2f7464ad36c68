/** What the story and each chapter tell link previews, search engines and oEmbed consumers. */
import type { Chapter, Story } from '$lib/content/types';
import { framesSnippet } from '$lib/embed/snippets';
import { CARD } from '$lib/graphic/cardLayout';
import { prefixOf, type Lang } from '$lib/i18n';
import { UI } from '$lib/i18n/ui';
import { fill } from '$lib/i18n/fill';

export interface ShareInfo {
	/** `story` or a chapter id: names the card and the oEmbed file. */
	name: string;
	/** The card's and the oEmbed file's name: the name, or `ar-<name>` for the Arabic edition. */
	file: string;
	lang: Lang;
	/** The edition's root, absolute, ending in `/`. */
	home: string;
	title: string;
	description: string;
	/** The page to share, absolute. */
	url: string;
	image: string;
	imageAlt: string;
	oembed: string;
	published: string;
	/** The newest correction's date, when the story has been corrected. */
	modified?: string;
	author: string;
}

/** `site` is the absolute address of the site's root, ending in `/`; `story` is in `lang`. */
export function shareInfo(story: Story, chapter: Chapter | null, site: string, lang: Lang = 'en'): ShareInfo {
	const name = chapter?.id ?? 'story';
	const file = lang === 'en' ? name : `${lang}-${name}`;
	const home = `${site}${prefixOf(lang).slice(1)}${lang === 'en' ? '' : '/'}`;
	const t = UI[lang];
	return {
		name,
		file,
		lang,
		home,
		title: chapter ? `${chapter.title}: ${story.title}` : story.title,
		description: chapter?.deck ?? story.deck,
		url: chapter ? `${home}chapters/${chapter.id}/` : home,
		image: `${site}share/${file}.png`,
		imageAlt: fill(chapter ? t.mapAltChapter : t.mapAltStory, { chapter: chapter?.title ?? '', title: story.title }),
		oembed: `${site}oembed/${file}.json`,
		published: story.published,
		...(story.corrections[0] ? { modified: story.corrections[0].date } : {}),
		author: story.byline
	};
}

/** A `rich` oEmbed response (oembed.com §2.3.4): a self-sizing iframe, with the card as thumbnail. */
export function oembedJson(info: ShareInfo, site: string) {
	const src = `${info.home}embed/${info.name === 'story' ? '' : `${info.name}/`}`;
	return {
		version: '1.0',
		type: 'rich',
		title: info.title,
		author_name: info.author,
		provider_name: info.author,
		provider_url: site,
		cache_age: 86400,
		html: framesSnippet({ src, site, title: info.title, slug: `iraq-2014-${info.file}` }),
		width: 640,
		height: 1200,
		thumbnail_url: info.image,
		thumbnail_width: CARD.width,
		thumbnail_height: CARD.height
	};
}

/** schema.org NewsArticle, as JSON for a `<script type="application/ld+json">` (with `<` escaped). */
export function newsArticleJsonLd(info: ShareInfo): string {
	return JSON.stringify({
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: info.title,
		inLanguage: info.lang,
		description: info.description,
		image: [info.image],
		datePublished: info.published,
		...(info.modified ? { dateModified: info.modified } : {}),
		author: [{ '@type': 'Organization', name: info.author }],
		mainEntityOfPage: info.url,
		isAccessibleForFree: true
	}).replace(/</g, '\\u003c');
}
