/** What the story and each chapter tell link previews, search engines and oEmbed consumers. */
import type { Chapter, Story } from '$lib/content/types';
import { framesSnippet } from '$lib/embed/snippets';
import { CARD } from '$lib/graphic/cardLayout';

export interface ShareInfo {
	/** `story` or a chapter id: names the card and the oEmbed file. */
	name: string;
	title: string;
	description: string;
	/** The page to share, absolute. */
	url: string;
	image: string;
	imageAlt: string;
	oembed: string;
	published: string;
	author: string;
}

/** `site` is the absolute address of the site's root, ending in `/`. */
export function shareInfo(story: Story, chapter: Chapter | null, site: string): ShareInfo {
	const name = chapter?.id ?? 'story';
	return {
		name,
		title: chapter ? `${chapter.title}: ${story.title}` : story.title,
		description: chapter?.deck ?? story.deck,
		url: chapter ? `${site}chapters/${chapter.id}/` : site,
		image: `${site}share/${name}.png`,
		imageAlt: chapter ? `Map for “${chapter.title}”, a chapter of ${story.title}` : `Map of northern Iraq for ${story.title}`,
		oembed: `${site}oembed/${name}.json`,
		published: story.published,
		author: story.byline
	};
}

/** A `rich` oEmbed response (oembed.com §2.3.4): a self-sizing iframe, with the card as thumbnail. */
export function oembedJson(info: ShareInfo, site: string) {
	const src = `${site}embed/${info.name === 'story' ? '' : `${info.name}/`}`;
	return {
		version: '1.0',
		type: 'rich',
		title: info.title,
		author_name: info.author,
		provider_name: info.author,
		provider_url: site,
		cache_age: 86400,
		html: framesSnippet({ src, site, title: info.title, slug: `iraq-2014-${info.name}` }),
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
		description: info.description,
		image: [info.image],
		datePublished: info.published,
		author: [{ '@type': 'Organization', name: info.author }],
		mainEntityOfPage: info.url,
		isAccessibleForFree: true
	}).replace(/</g, '\\u003c');
}
