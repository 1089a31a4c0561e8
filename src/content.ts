import { getCollection, type CollectionEntry } from 'astro:content';
import { getContentReport } from './checks/report-cache.ts';
import type { ContentReport } from './checks/check-content.ts';
import { projectRoot } from './lib/project-root.ts';
import { buildCitationIndex, citingPages, labelParts, type CitedPassage, type CitingPage } from './corpus/citation-index.ts';
import type { CitableSource } from './corpus/corpus.ts';
import { outsideDocuments, type OutsideDocument } from './corpus/document-list.ts';
import { referenceView, type ReferenceView } from './corpus/reference-view.ts';
import { termLinks, type TermLinks } from './corpus/term-links.ts';
import type { Citation } from './schemas/citation.ts';
import { entryPath } from './content-layer/files.ts';
import { withBase } from './lib/urls.ts';
import { SECTIONS } from './schemas/explainer.ts';
import { translationState, type TranslationState } from './i18n/completeness.ts';
import { localeId, localePath, splitLocaleId, type Locale } from './i18n/locales.ts';
import { localised } from './i18n/localised.ts';
import { messages } from './i18n/index.ts';
import { fileDates } from './lib/git-history.ts';
import { GUIDES, dataPageState, guidePageState, guideTranslation, projectTranslationGaps, type TranslationGap } from './checks/translations.ts';

/** Derived queries for pages: content already checked, joined and sorted. */

export type SeedPage = Extract<CitableSource, { type: 'seed' }>;

/** Every seed, annotated or not, in the order of its slug. */
export function sourcePages(): SeedPage[] {
	return getContentReport().corpus.seeds.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** A citation in a data file, resolved for display on a page in `locale`. */
export function resolveCitation(citation: Citation, locale: Locale = 'en'): ReferenceView {
	const resolution = getContentReport().corpus.resolve(citation);
	if (!resolution.ok) throw new Error(`Unverified citation to "${citation.source}" reached a page: ${citation.quote}`);
	return referenceView(resolution.source, resolution.span, import.meta.env.BASE_URL, locale);
}

/** Every outside document the site records a passage of, with the pages citing each passage. */
export async function outsideDocumentList(locale: Locale = 'en'): Promise<OutsideDocument[]> {
	const index = await citationIndex(locale);
	return outsideDocuments(getContentReport().corpus.references, (slug) => citingPages(index.get(slug) ?? []), locale);
}

/**
 * A value derived from the checked content, per language, kept until the content changes: a
 * new report (`astro dev` makes one when a file changes) computes it again.
 */
function derived<T>(compute: (report: ContentReport, locale: Locale) => T): (locale: Locale) => T {
	const cache = new WeakMap<ContentReport, Map<Locale, T>>();
	return (locale) => {
		const report = getContentReport();
		let byLocale = cache.get(report);
		if (!byLocale) cache.set(report, (byLocale = new Map()));
		if (!byLocale.has(locale)) byLocale.set(locale, compute(report, locale));
		return byLocale.get(locale)!;
	};
}

const termLinksOf = derived(({ glossary }, locale) => termLinks(glossary, import.meta.env.BASE_URL, locale, 'en'));

/**
 * Glossary links for text outside the Markdown pipeline (a source's verbatim text, in English),
 * pointing to the glossary in `locale`.
 */
export function glossaryTermLinks(locale: Locale = 'en'): TermLinks {
	return termLinksOf(locale);
}

// Data files are bilingual (their Spanish is an `es:` mapping), so their citations are on both editions.
const BILINGUAL = new Set(['glossary', 'timeline', 'figure', 'comparison', 'reference']);

/** For each source slug, its cited passages and the pages in `locale` citing them. */
export function citationIndex(locale: Locale = 'en'): Promise<Map<string, CitedPassage[]>> {
	return citationIndexOf(locale);
}

const citationIndexOf = derived(async ({ citations }, locale) => {
	const labels = await pageLabels(locale);
	return buildCitationIndex(
		citations
			.filter((c) => c.role === 'cite' && (c.entry.locale === locale || BILINGUAL.has(c.entry.kind)))
			.map((c) => {
				const path = localePath(entryPath(c.entry.kind, c.entry.id), locale);
				return {
					source: c.source,
					span: c.span,
					page: { href: withBase(path, import.meta.env.BASE_URL), ...(labels.get(path) ?? { label: path }) },
				};
			}),
	);
});

/**
 * A readable name for every page that can cite, e.g. "History" or "Glossary: Detainer", by its
 * address in `locale`, where the citations found by the checks are listed.
 * A name shown in English on a page in another language (a source's title, a figure's wording, an
 * entry not yet translated) is marked as English in the label's `parts`.
 */
async function pageLabels(locale: Locale): Promise<Map<string, Omit<CitingPage, 'href'>>> {
	const [articles, explainers, glossary, timeline, figures] = await Promise.all([
		getCollection('articles'),
		localisedEntries('explainers', locale),
		getCollection('glossary'),
		getCollection('timeline'),
		getCollection('figures'),
	]);
	const m = messages(locale).pages.labels;
	const at = (kind: Parameters<typeof entryPath>[0], id: string) => localePath(entryPath(kind, id), locale);
	const corpus = getContentReport().corpus;
	// `english`: whether the name is the English text on a page in another language.
	const named = (label: string, name: string, english: boolean) => {
		const parts = locale !== 'en' && english ? labelParts(label, name, 'en') : undefined;
		return parts ? { label, parts } : { label };
	};
	return new Map([
		...articles.map((a) => {
			const { id } = splitLocaleId(a.id);
			const title = corpus.get(id)?.title ?? id;
			return [at('article', id), named(m.notes(title), title, true)] as const;
		}),
		...explainers.map((e) => {
			const title = e.id === 'home' ? messages(locale).pages.homeLabel : e.entry.data.title;
			return [at('explainer', e.id), named(title, title, e.state === 'missing')] as const;
		}),
		...glossary.map((g) => {
			const term = localised(g.data, locale).term;
			return [at('glossary', g.id), named(m.glossary(term), term, !g.data.es?.term)] as const;
		}),
		...timeline.map((t) => {
			const title = localised(t.data, locale).title;
			return [at('timeline', t.id), named(m.timeline(title), title, !t.data.es?.title)] as const;
		}),
		// A figure's label is its source's own wording, in English.
		...figures.map((f) => [at('figure', f.id), named(m.figure(f.data.label), f.data.label, true)] as const),
		[at('comparison', 'comparison'), { label: m.comparison }] as const,
	]);
}

/** An entry as a page in one language shows it: its translation, or the English while there is none. */
export interface LocalisedEntry<C extends 'explainers' | 'articles'> {
	/** What the page shows. */
	readonly entry: CollectionEntry<C>;
	/** The English entry it translates (the same as `entry` in English). */
	readonly english: CollectionEntry<C>;
	/** The id shared by every language, e.g. `models/task-force`. */
	readonly id: string;
	readonly locale: Locale;
	readonly state: TranslationState;
}

/**
 * Each English entry of a collection as the pages in `locale` show it. Ids of translations carry
 * their locale (`es/history`), as their folder does.
 */
export async function localisedEntries<C extends 'explainers' | 'articles'>(collection: C, locale: Locale): Promise<LocalisedEntry<C>[]> {
	const all = (await getCollection(collection)) as CollectionEntry<C>[];
	const byId = new Map(all.map((e) => [e.id, e]));
	const dates = fileDates();
	return all
		.filter((e) => splitLocaleId(e.id).locale === 'en')
		.map((english) => {
			const translated = locale === 'en' ? english : byId.get(localeId(english.id, locale));
			return {
				entry: translated ?? english,
				english,
				id: english.id,
				locale,
				state: translationState(locale, english.filePath ?? '', translated?.filePath, dates),
			};
		});
}

/** One entry in `locale`, by its shared id, e.g. the home page's lead or a source's notes. */
export async function localisedEntry<C extends 'explainers' | 'articles'>(collection: C, id: string, locale: Locale): Promise<LocalisedEntry<C> | undefined> {
	return (await localisedEntries(collection, locale)).find((e) => e.id === id);
}

/** Explainers in menu order, in `locale`: by section, then by `order`, then by English title. */
export async function explainersInOrder(locale: Locale = 'en'): Promise<LocalisedEntry<'explainers'>[]> {
	const all = (await localisedEntries('explainers', locale)).filter((e) => e.id !== 'home');
	return all.sort(
		(a, b) =>
			SECTIONS.indexOf(a.english.data.section) - SECTIONS.indexOf(b.english.data.section) ||
			a.english.data.order - b.english.data.order ||
			a.english.data.title.localeCompare(b.english.data.title),
	);
}

const gapsOf = derived((report) => projectTranslationGaps(projectRoot(), report));

/** What the completeness check lists for Spanish (kept until the content changes). */
export function translationGapList(): readonly TranslationGap[] {
	return gapsOf('es');
}

/**
 * The contributors' guide in `locale`: the files that could be shown, best first (the
 * translation, then the English original), and the page's translation state.
 *
 * In:  `es`
 * Out: `{ files: ['CONTRIBUTING.es.md', 'CONTRIBUTING.md'], state: 'translated' }`
 */
export function contributorsGuide(locale: Locale): { readonly files: readonly string[]; readonly state: TranslationState } {
	const [english] = GUIDES;
	if (locale === 'en') return { files: [english], state: guidePageState([], locale) };
	return { files: [guideTranslation(english, locale), english], state: guidePageState(translationGapList(), locale) };
}

/**
 * The state of a page built from data entries (the glossary, the timeline, the figures, the
 * models table) in `locale`, for `Base`'s `translation`: `missing` while some of its entries lack
 * their Spanish text (they show the English), as the completeness check lists them.
 */
export function dataTranslationState(kind: 'glossary' | 'timeline' | 'figure' | 'comparison', locale: Locale): TranslationState {
	return dataPageState(locale === 'en' ? [] : translationGapList(), kind, locale);
}
