import type { Locale } from '../i18n/locales.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { ReferenceData } from '../schemas/reference.ts';
import type { Citation } from '../schemas/citation.ts';
import { matchQuote, type MatchParagraph, type MatchResult, type Span } from './quote-match.ts';
import type { SeedSource } from './source.ts';

/** An article's editorial layer in other languages, by locale. */
export type CitableSourceTranslations = { [L in Locale]?: { readonly file: string; readonly data: ArticleData } };

/** Something a citation can point to: a seed article, or an external reference. */
export type CitableSource =
	| {
			readonly type: 'seed';
			readonly slug: string;
			readonly title: string;
			readonly seed: SeedSource;
			/** The editorial layer, when the seed has been annotated. */
			readonly article?: { readonly file: string; readonly data: ArticleData };
			/** The editorial layer in other languages, `content/articles/<locale>/<slug>.mdx`. */
			readonly translations?: CitableSourceTranslations;
			readonly paragraphs: readonly MatchParagraph[];
	  }
	| {
			readonly type: 'reference';
			readonly slug: string;
			readonly title: string;
			readonly file: string;
			readonly reference: ReferenceData;
			readonly paragraphs: readonly MatchParagraph[];
	  };

/** An external reference as a source: its one quoted passage is its one paragraph. */
export function referenceSource(slug: string, file: string, reference: ReferenceData): Extract<CitableSource, { type: 'reference' }> {
	return { type: 'reference', slug, title: reference.title, file, reference, paragraphs: [{ n: 1, text: reference.passage }] };
}

export type Resolution =
	| { readonly ok: true; readonly source: CitableSource; readonly span: Span }
	| { readonly ok: false; readonly source: CitableSource | undefined; readonly result: MatchResult | undefined };

/** Every citable text of the site, by slug. Built once per process by the content layer (`src/content-layer/corpus.ts`). */
export class Corpus {
	readonly #bySlug = new Map<string, CitableSource>();
	readonly #bySeedFile = new Map<string, CitableSource>();

	constructor(sources: Iterable<CitableSource>) {
		for (const s of sources) {
			this.#bySlug.set(s.slug, s);
			if (s.type === 'seed') this.#bySeedFile.set(s.seed.file, s);
		}
	}

	get(slug: string): CitableSource | undefined {
		return this.#bySlug.get(slug);
	}

	bySeedFile(file: string): CitableSource | undefined {
		return this.#bySeedFile.get(file);
	}

	get slugs(): string[] {
		return [...this.#bySlug.keys()];
	}

	get seeds(): Extract<CitableSource, { type: 'seed' }>[] {
		return [...this.#bySlug.values()].filter((s) => s.type === 'seed');
	}

	get references(): Extract<CitableSource, { type: 'reference' }>[] {
		return [...this.#bySlug.values()].filter((s) => s.type === 'reference');
	}

	/** Finds a citation's passage; the single entry point every caller uses. */
	resolve(citation: Citation): Resolution {
		const source = this.get(citation.source);
		if (!source) return { ok: false, source: undefined, result: undefined };
		const result = matchQuote(source.paragraphs, citation.quote);
		if (result.status === 'found') return { ok: true, source, span: result };
		return { ok: false, source, result };
	}
}
