import { join } from 'node:path';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { SITE } from '../support/config.ts';
import { DIST, page } from '../support/dist.ts';
import { englishRuns, englishWords, type EnglishRun } from '../support/english-text.ts';
import { sitemapPaths } from '../support/sitemap.ts';

/**
 * A Spanish page shows English only where it means to: a quote, a name, the title of an English
 * document, each inside an element marked `lang="en"` (so that screen readers read it as English,
 * and this test knows it is English on purpose). Anything else in English is a missing
 * translation. The finder (tests/support/english-text.ts) looks for English function words.
 */

/** How many pieces of English a failure shows per page. */
const SHOWN = 5;

const HOW_TO_FIX = `
How to fix each piece of English listed above:
- Interface text (a heading, a label, a button, an aria-label, title or alt written in a component or
  view): take it from messages(locale) (src/i18n/), adding the label in both languages to the file of
  that part of the site in src/i18n/messages/; the locale is localeOf(Astro.currentLocale).
- Content (an explainer, a source's notes, a glossary term, a timeline event, a figure, the models
  table): translate it in its Spanish file or its es: mapping (CONTRIBUTING.md, "Translating into
  Spanish"); a page without its translation shows the English marked lang="en" under a notice.
- A quote or the title of an English document that stays in English: put it inside an element marked
  lang="en" (<q lang="en">…</q> or <span lang="en">…</span> in MDX; in a component,
  lang={locale === 'en' ? undefined : 'en'}).
- The proper name of an organisation, outlet, law or programme that Spanish text keeps in English
  ("The Associated Press"): add it, exactly as written, to PROPER_NAMES in tests/support/english-text.ts
  (proper names need no lang mark, WCAG 3.1.2), or mark it lang="en" in MDX.`;

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * English on purpose that cannot be marked: `<title>` holds no markup, so a page whose heading is
 * an English title marked lang="en" (a source page, titled as its source prints it) has that
 * title, unmarked, in its `<title>` too. Only the heading's own text is let through.
 */
function isMarkedHeadingInTitle(tree: Root, run: EnglishRun): boolean {
	const h1 = select('h1', tree);
	if (run.where !== 'text in <title>' || !h1 || !/^en(?:-|$)/.test(String(h1.properties['lang'] ?? ''))) return false;
	return englishWords(words(run.text).replace(words(toString(h1)), '')).length === 0;
}

const spanishPages = [...sitemapPaths(DIST, SITE.base).filter((path) => path.startsWith('es/')), 'es/404/'];

describe('English on the Spanish pages', () => {
	it('no Spanish page (nor the Spanish 404) shows English outside an element marked lang="en"', () => {
		expect(spanishPages.length).toBeGreaterThan(10);
		const report = spanishPages
			.map((path) => {
				// The same text in the same place (a label repeated on every row) is shown once.
				const tree = page(join(path, 'index.html'));
				const found = englishRuns(tree).filter((run) => !isMarkedHeadingInTitle(tree, run));
				const runs = [...new Map(found.map((r) => [`${r.where}\u0000${r.text}`, r])).values()];
				if (runs.length === 0) return undefined;
				const shown = runs
					.slice(0, SHOWN)
					.map((r) => `  "${r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}"\n    (${r.words.join(', ')}) ${r.where}`);
				const more = runs.length > SHOWN ? [`  … and ${runs.length - SHOWN} more`] : [];
				return [`/${path}: ${runs.length} piece${runs.length === 1 ? '' : 's'} of English`, ...shown, ...more].join('\n');
			})
			.filter((lines) => lines !== undefined);
		expect(report.join('\n'), `${report.length} Spanish pages show English outside lang="en".${HOW_TO_FIX}`).toBe('');
	});
});
