// The edition a test runs against. The English projects (phone, desktop) run every test; the Arabic
// ones (phone-ar, desktop-ar) run the tests tagged @editions, the same code with this fixture set to
// 'ar': paths under /ar/, and expectations from the Arabic content and words (playwright.config.ts).
import { test as base } from '@playwright/test';
import type { Lang } from '../../src/lib/i18n';
import { UI, type Ui } from '../../src/lib/i18n/ui';
import { PAGES, type PagesUi } from '../../src/lib/i18n/pages';
import { contentOf, type EditionContent } from './content';

export interface EditionFixtures {
	edition: Lang;
	/** A site path in this edition: `/read/` or `/ar/read/`. */
	at: (path: string) => string;
	content: EditionContent;
	/** The edition's words for the page's furniture (src/lib/i18n/ui.ts) and its pages (pages.ts). */
	ui: Ui;
	pagesUi: PagesUi;
}

export const test = base.extend<EditionFixtures>({
	edition: ['en', { option: true }],
	at: async ({ edition }, use) => use((path) => (edition === 'en' ? path : `/${edition}${path}`)),
	content: async ({ edition }, use) => use(contentOf(edition)),
	ui: async ({ edition }, use) => use(UI[edition]),
	pagesUi: async ({ edition }, use) => use(PAGES[edition])
});
export { expect } from '@playwright/test';
