import { Corpus } from '../../src/corpus/corpus.ts';
import { parseSeed } from '../../src/corpus/source.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

/** A corpus made from literal seed texts, for unit tests: `{ slug: text }`. */
export function corpusOf(seeds: Record<string, string>, article?: Partial<ArticleData>): Corpus {
	return new Corpus(
		Object.entries(seeds).map(([slug, text]) => {
			const parsed = parseSeed(`${slug}.txt`, new TextEncoder().encode(text));
			if (!parsed.ok) throw new Error(parsed.problem);
			const data = article ? ({ outlet: 'Test outlet', kind: 'news-report', ...article } as ArticleData) : undefined;
			return {
				type: 'seed' as const,
				slug,
				title: parsed.source.title,
				seed: parsed.source,
				paragraphs: parsed.source.paragraphs,
				...(data ? { article: { file: `content/articles/${slug}.mdx`, data } } : {}),
			};
		}),
	);
}
