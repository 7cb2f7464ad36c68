import type { ArrowKind, CameraId, ChoroplethId, Tone } from './vocabulary';

export interface Source {
	id: string;
	title: string;
	publisher: string;
	/** Publication (or access) date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `undated` when neither is known. */
	date: string;
	url: string;
}

export interface Chapter {
	/** Defined by the story's [chapters] list; steps and the other content files refer to it. */
	id: string;
	label: string;
	title: string;
	years: string;
	deck: string;
}

export interface Marker {
	place: string;
	/** A second label line: a date or a figure. */
	sub?: string;
}

export interface Arrow {
	kind: ArrowKind;
	path: string[];
	label?: string;
}

export interface MapParams {
	view: 'map';
	camera: CameraId;
	highlight: string[];
	tone: Tone;
	markers: Marker[];
	arrows: Arrow[];
	note?: string;
	/** The legend's words for the shaded governorates. */
	key?: string;
	/** Governorates filled by a figure instead (src/lib/data/votes.ts). */
	choropleth?: ChoroplethId;
	/** What the picture shows, and when: a line at its top. */
	title: string;
}

export interface ChartNote {
	/** `YYYY-MM`. */
	month: string;
	label: string;
}

export interface ChartParams {
	view: 'chart';
	/** First highlighted month, `YYYY-MM`. */
	from: string;
	/** Last highlighted month, `YYYY-MM`. */
	to: string;
	troops: boolean;
	notes: ChartNote[];
	/** What the picture shows, and when: a line at its top. */
	title: string;
}

export type Step = {
	id: string;
	/** The id of one of the story's chapters. */
	chapter: string;
	/** Sanitised HTML: paragraphs, links, emphasis. */
	html: string;
	/** The same text without markup, for counting and search. */
	plain: string;
	alt: string;
	sources: string[];
	/** Ids of the events.csv rows this step tells. */
	events: string[];
} & (MapParams | ChartParams);

/** A correction or update to a step after publication: shown with the story, the reading edition and the sources. */
export interface Correction {
	/** `YYYY-MM-DD`, on or after the story's publication. */
	date: string;
	/** The id of the step corrected. */
	step: string;
	/** What the step said that was wrong, HTML. */
	wrong: string;
	/** What it says now, HTML. */
	now: string;
}

/** The story's credit lines, in the forms its pages need. */
export interface Credits {
	/** HTML: the data credit paragraph(s) under the story and in the reading edition. */
	data: string;
	/** Plain text: the one-line credit at the foot of an embed. */
	short: string;
	/** Plain text: the source line under the chart. */
	chart: string;
	/** Plain text: the source note under the table of the chart's deaths (the sources page). */
	deathsTable: string;
	/** Plain text: the source note under the table of the chart's troop levels. */
	troopsTable: string;
}

export interface Story {
	title: string;
	deck: string;
	byline: string;
	published: string;
	/** Newest first; empty when nothing has been corrected. */
	corrections: Correction[];
	/** The line above the title: where and when. */
	kicker: string;
	credits: Credits;
	sources: Source[];
	chapters: Chapter[];
	steps: Step[];
}
