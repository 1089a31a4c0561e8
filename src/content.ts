import { getCollection, type CollectionEntry } from 'astro:content';
import { getContentReport } from './checks/report-cache.ts';
import { buildCitationIndex, citingPages, type CitedPassage } from './corpus/citation-index.ts';
import type { CitableSource } from './corpus/corpus.ts';
import { outsideDocuments, type OutsideDocument } from './corpus/document-list.ts';
import { referenceView, type ReferenceView } from './corpus/reference-view.ts';
import { termLinks, type TermLinks } from './corpus/term-links.ts';
import type { Citation } from './schemas/citation.ts';
import { entryPath } from './lib/routes.ts';
import { withBase } from './lib/urls.ts';
import { SECTIONS } from './schemas/explainer.ts';

/** Derived queries for pages: content already checked, joined and sorted. */

export type SeedPage = Extract<CitableSource, { type: 'seed' }>;

/** Every seed, annotated or not, in the order of its slug. */
export function sourcePages(): SeedPage[] {
	return getContentReport().corpus.seeds.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** A citation in a data file, resolved for display. */
export function resolveCitation(citation: Citation): ReferenceView {
	const resolution = getContentReport().corpus.resolve(citation);
	if (!resolution.ok) throw new Error(`Unverified citation to "${citation.source}" reached a page: ${citation.quote}`);
	return referenceView(resolution.source, resolution.span, import.meta.env.BASE_URL);
}

/** Every outside document the site records a passage of, with the pages citing each passage. */
export async function outsideDocumentList(): Promise<OutsideDocument[]> {
	const index = await citationIndex();
	return outsideDocuments(getContentReport().corpus.references, (slug) => citingPages(index.get(slug) ?? []));
}

let links: { terms: readonly unknown[]; links: TermLinks } | undefined;

/** Glossary links for text outside the Markdown pipeline (a source's verbatim text). */
export function glossaryTermLinks(): TermLinks {
	const { glossary } = getContentReport();
	if (links?.terms !== glossary) links = { terms: glossary, links: termLinks(glossary, import.meta.env.BASE_URL) };
	return links.links;
}

let index: Map<string, CitedPassage[]> | undefined;

/** For each source slug, its cited passages and the pages citing them. */
export async function citationIndex(): Promise<Map<string, CitedPassage[]>> {
	if (index) return index;
	const labels = await pageLabels();
	const { citations } = getContentReport();
	index = buildCitationIndex(
		citations
			.filter((c) => c.role === 'cite')
			.map((c) => {
				const path = entryPath(c.entry.kind, c.entry.id);
				return {
					source: c.source,
					span: c.span,
					page: { href: withBase(path, import.meta.env.BASE_URL), label: labels.get(path) ?? path },
				};
			}),
	);
	return index;
}

/**
 * A readable name for every page that can cite, e.g. "History" or "Glossary: Detainer", by its
 * address: Astro's ids (`models`) and the checks' (`models/index`) differ, addresses do not.
 */
async function pageLabels(): Promise<Map<string, string>> {
	const [articles, explainers, glossary, timeline, figures] = await Promise.all([
		getCollection('articles'),
		getCollection('explainers'),
		getCollection('glossary'),
		getCollection('timeline'),
		getCollection('figures'),
	]);
	const corpus = getContentReport().corpus;
	return new Map([
		...articles.map((a) => [entryPath('article', a.id), `Notes on “${corpus.get(a.id)?.title ?? a.id}”`] as const),
		...explainers.map((e) => [entryPath('explainer', e.id), e.id === 'home' ? 'Home page' : e.data.title] as const),
		...glossary.map((g) => [entryPath('glossary', g.id), `Glossary: ${g.data.term}`] as const),
		...timeline.map((t) => [entryPath('timeline', t.id), `Timeline: ${t.data.title}`] as const),
		...figures.map((f) => [entryPath('figure', f.id), `Figures: ${f.data.label}`] as const),
		[entryPath('comparison', 'comparison'), 'The models compared'] as const,
	]);
}

/** Explainers in menu order: by section, then by `order`, then by title. */
export async function explainersInOrder(): Promise<CollectionEntry<'explainers'>[]> {
	const all = await getCollection('explainers', (e) => e.id !== 'home');
	return all.sort(
		(a, b) =>
			SECTIONS.indexOf(a.data.section) - SECTIONS.indexOf(b.data.section) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title),
	);
}
