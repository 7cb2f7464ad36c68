declare global {
	namespace App {
		interface PageData {
			/** Every page's edition, from the root layout's server load. */
			edition: import('$lib/i18n/edition').EditionData;
		}
	}
}

export {};
