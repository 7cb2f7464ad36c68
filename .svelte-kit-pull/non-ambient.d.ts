
// this file is generated — do not edit it


declare module "svelte/elements" {
	export interface HTMLAttributes<T> {
		'data-sveltekit-keepfocus'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-noscroll'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-preload-code'?:
			| true
			| ''
			| 'eager'
			| 'viewport'
			| 'hover'
			| 'tap'
			| 'off'
			| undefined
			| null;
		'data-sveltekit-preload-data'?: true | '' | 'hover' | 'tap' | 'off' | undefined | null;
		'data-sveltekit-reload'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-replacestate'?: true | '' | 'off' | undefined | null;
	}
}

export {};


declare module "$app/types" {
	type MatcherParam<M> = M extends (param : string) => param is (infer U extends string) ? U : string;

	export interface AppTypes {
		RouteId(): "/" | "/basemap.svg" | "/[[lang=lang]]/(site)/chapters" | "/[[lang=lang]]/(site)/chapters/[chapter]" | "/[[lang=lang]]/(site)/classroom" | "/[[lang=lang]]/(site)/embed-code" | "/[[lang=lang]]/embed" | "/[[lang=lang]]/embed/[chapter]" | "/figures" | "/figures/[file]" | "/oembed" | "/oembed/[file]" | "/[[lang=lang]]/(site)/read" | "/share" | "/share/[card]" | "/[[lang=lang]]/(site)/sources" | "/[[lang=lang]]/(site)/timeline" | "/vendor" | "/vendor/[file]" | "/[[lang=lang]]/(site)" | "/[[lang=lang]]";
		RouteParams(): {
			"/[[lang=lang]]/(site)/chapters": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/(site)/chapters/[chapter]": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter: string };
			"/[[lang=lang]]/(site)/classroom": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/(site)/embed-code": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/embed": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/embed/[chapter]": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter: string };
			"/figures/[file]": { file: string };
			"/oembed/[file]": { file: string };
			"/[[lang=lang]]/(site)/read": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/share/[card]": { card: string };
			"/[[lang=lang]]/(site)/sources": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/(site)/timeline": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/vendor/[file]": { file: string };
			"/[[lang=lang]]/(site)": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined }
		};
		LayoutParams(): {
			"/": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter?: string | undefined; file?: string | undefined; card?: string | undefined };
			"/basemap.svg": Record<string, never>;
			"/[[lang=lang]]/(site)/chapters": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter?: string | undefined };
			"/[[lang=lang]]/(site)/chapters/[chapter]": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter: string };
			"/[[lang=lang]]/(site)/classroom": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/(site)/embed-code": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/embed": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter?: string | undefined };
			"/[[lang=lang]]/embed/[chapter]": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter: string };
			"/figures": { file?: string | undefined };
			"/figures/[file]": { file: string };
			"/oembed": { file?: string | undefined };
			"/oembed/[file]": { file: string };
			"/[[lang=lang]]/(site)/read": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/share": { card?: string | undefined };
			"/share/[card]": { card: string };
			"/[[lang=lang]]/(site)/sources": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/[[lang=lang]]/(site)/timeline": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined };
			"/vendor": { file?: string | undefined };
			"/vendor/[file]": { file: string };
			"/[[lang=lang]]/(site)": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter?: string | undefined };
			"/[[lang=lang]]": { lang?: MatcherParam<typeof import('../src/params/lang.js').match> | undefined; chapter?: string | undefined }
		};
		Pathname(): "/" | "/basemap.svg" | `${string}/chapters/${string}` & {} | `${string}/chapters/${string}/` & {} | `${string}/classroom/` & {} | `${string}/embed-code/` & {} | `${string}/embed/` & {} | `${string}/embed/${string}` & {} | `${string}/embed/${string}/` & {} | `/figures/${string}` & {} | `/figures/${string}/` & {} | `/oembed/${string}` & {} | `/oembed/${string}/` & {} | `${string}/read/` & {} | `/share/${string}` & {} | `/share/${string}/` & {} | `${string}/sources/` & {} | `${string}/timeline/` & {} | `/vendor/${string}` & {} | `/vendor/${string}/` & {} | `${string}/` & {};
		ResolvedPathname(): `${"" | `/${string}`}${ReturnType<AppTypes['Pathname']>}`;
		Asset(): "/favicon.svg" | string & {};
	}
}