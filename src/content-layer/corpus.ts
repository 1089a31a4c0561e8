import { articleSchema } from '../schemas/article.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { Corpus, referenceSource, type CitableSource, type CitableSourceTranslations } from '../corpus/corpus.ts';
import { seedSlug } from '../corpus/seed-slug.ts';
import type { Problem } from '../corpus/problems.ts';
import { loadContent, type LoadedContent, type LoadedFile, type LoadedMdx } from './load.ts';

export interface ReadCorpus {
	readonly corpus: Corpus;
	readonly problems: readonly Problem[];
}

/** The article files, English and translations. */
function articlesOf(files: readonly LoadedFile[]) {
	return files.filter((f): f is LoadedMdx => f.kind === 'article' && f.format === 'mdx');
}

/**
 * The citable sources of the loaded content: every seed, joined to the article that annotates
 * it (and that article's translations), and every external reference. Lists every problem
 * found instead of stopping at the first.
 */
export function corpusOf(content: LoadedContent): ReadCorpus {
	const problems: Problem[] = [...content.seedProblems];
	const seeds = new Map(content.seeds.map((s) => [s.file, s]));
	const articles = articlesOf(content.files);

	/** The translations of one article's frontmatter, `content/articles/<locale>/<id>.mdx`, valid ones only. */
	const translationsOf = (id: string): CitableSourceTranslations => {
		const found: CitableSourceTranslations = {};
		for (const file of articles.filter((a) => a.id === id && a.locale !== 'en')) {
			const parsed = articleSchema.safeParse(file.frontmatter.data);
			if (parsed.success && file.locale !== 'en') found[file.locale] = { file: file.file, data: parsed.data };
		}
		return found;
	};

	const sources: CitableSource[] = [];
	const annotated = new Set<string>();
	for (const article of articles.filter((a) => a.locale === 'en')) {
		const { file, frontmatter: fm } = article;
		const parsed = articleSchema.safeParse(fm.data);
		if (!parsed.success) continue; // the schema check reports it with the field.
		const seed = seeds.get(parsed.data.seed);
		if (!seed) {
			if (!problems.some((p) => p.file === `seeds/${parsed.data.seed}`)) {
				problems.push({
					file,
					line: fm.lineOf('seed'),
					message: `names the seed "${parsed.data.seed}", which is not in seeds/. Fix the file name, or add the seed.`,
				});
			}
			continue;
		}
		if (annotated.has(seed.file)) {
			problems.push({
				file,
				line: fm.lineOf('seed'),
				message: `annotates "${seed.file}", which another article already annotates. Keep one article per seed.`,
			});
			continue;
		}
		annotated.add(seed.file);
		sources.push({
			type: 'seed',
			slug: article.id,
			title: parsed.data.title ?? seed.title,
			seed,
			article: { file, data: parsed.data },
			translations: translationsOf(article.id),
			paragraphs: seed.paragraphs,
		});
	}

	const taken = new Set(sources.map((s) => s.slug));
	for (const seed of seeds.values()) {
		if (annotated.has(seed.file)) continue;
		const slug = seedSlug(seed, taken);
		taken.add(slug);
		sources.push({ type: 'seed', slug, title: seed.title, seed, paragraphs: seed.paragraphs });
	}

	for (const reference of content.files.filter((f) => f.kind === 'reference' && f.format === 'yaml')) {
		const parsed = referenceSchema.safeParse(reference.format === 'yaml' ? reference.yaml.data : undefined);
		if (!parsed.success) continue; // the schema check reports it.
		if (taken.has(reference.id)) {
			problems.push({ file: reference.file, message: `has the slug "${reference.id}", already used by a source. Rename the file.` });
			continue;
		}
		sources.push(referenceSource(reference.id, reference.file, parsed.data));
	}
	return { corpus: new Corpus(sources), problems };
}

/** The citable sources of the project at `root`, for the command-line tools. */
export function readCorpus(root: string): ReadCorpus {
	return corpusOf(loadContent(root));
}
