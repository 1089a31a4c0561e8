import type { Locale } from '../i18n/locales.ts';
import type { CitingPage } from './citation-index.ts';
import type { CitableSource } from './corpus.ts';
import { describePublished } from './reference-view.ts';

type ReferenceSource = Extract<CitableSource, { type: 'reference' }>;

/** One recorded passage of an outside document, and the pages that cite it. */
export interface DocumentPassage {
	/** The reference's slug. */
	readonly slug: string;
	readonly text: string;
	readonly citedIn: readonly CitingPage[];
}

/** One outside document (one address), with every passage the site records from it. */
export interface OutsideDocument {
	readonly url: string;
	readonly title: string;
	readonly publisher: string;
	/** e.g. "March 4, 2009", or "about June 2021 (estimated)", in the page's language. */
	readonly date: string;
	readonly passages: readonly DocumentPassage[];
}

/**
 * The recorded references grouped by the address they were read at, so that each outside
 * document is listed once with all its passages: the list a reader uses to see everything the
 * site takes from outside its source articles. Sorted by publisher, then title (which stay in
 * English on every edition); dates are in `locale`.
 *
 * In:  two references to https://www.gao.gov/products/gao-09-381t, one to an ICE page
 * Out: [{ publisher: 'U.S. Government Accountability Office', passages: [2 passages] }, { publisher: 'U.S. Immigration and Customs Enforcement', … }]
 */
export function outsideDocuments(
	references: readonly ReferenceSource[],
	citedIn: (slug: string) => readonly CitingPage[],
	locale: Locale = 'en',
): OutsideDocument[] {
	const byUrl = new Map<string, ReferenceSource[]>();
	for (const ref of [...references].sort((a, b) => a.slug.localeCompare(b.slug))) {
		byUrl.set(ref.reference.url, [...(byUrl.get(ref.reference.url) ?? []), ref]);
	}
	return [...byUrl.entries()]
		.map(([url, refs]) => {
			const first = refs[0]!;
			return {
				url,
				title: first.reference.title,
				publisher: first.reference.publisher,
				date: describePublished(first, locale) ?? '',
				passages: refs.map((r) => ({ slug: r.slug, text: r.reference.passage, citedIn: citedIn(r.slug) })),
			};
		})
		.sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'));
}
