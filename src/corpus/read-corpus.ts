import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { articleSchema } from '../schemas/article.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { TRANSLATIONS } from '../i18n/locales.ts';
import { Corpus, type CitableSource, type CitableSourceTranslations } from './corpus.ts';
import { readSeeds } from './read-seeds.ts';
import { seedSlug } from './seed-slug.ts';
import { frontmatterOf } from './frontmatter.ts';
import type { Problem } from './problems.ts';

export interface ReadCorpus {
	readonly corpus: Corpus;
	readonly problems: readonly Problem[];
}

function listFiles(dir: string, ext: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith(ext))
		.sort();
}

/** The translations of one article's frontmatter, `content/articles/<locale>/<name>`, valid ones only (the checks report the rest). */
function readTranslations(root: string, name: string): CitableSourceTranslations {
	const found: CitableSourceTranslations = {};
	for (const locale of TRANSLATIONS) {
		const file = `content/articles/${locale}/${name}`;
		if (!existsSync(join(root, file))) continue;
		const parsed = articleSchema.safeParse(frontmatterOf(readFileSync(join(root, file), 'utf8')).data);
		if (parsed.success) found[locale] = { file, data: parsed.data };
	}
	return found;
}

/**
 * Reads every seed, article frontmatter and external reference under `root`, joins articles to
 * their seeds, and lists every problem found instead of stopping at the first.
 */
export function readCorpus(root: string): ReadCorpus {
	const read = readSeeds(join(root, 'seeds'));
	const problems: Problem[] = [...read.problems];
	const seeds = new Map(read.seeds.map((s) => [s.file, s]));

	const sources: CitableSource[] = [];
	const annotated = new Set<string>();
	for (const name of listFiles(join(root, 'content/articles'), '.mdx')) {
		const file = `content/articles/${name}`;
		const slug = name.replace(/\.mdx$/, '');
		const fm = frontmatterOf(readFileSync(join(root, file), 'utf8'));
		const parsed = articleSchema.safeParse(fm.data);
		if (!parsed.success) continue; // Astro's schema check reports it with the field.
		const seed = seeds.get(parsed.data.seed);
		if (!seed) {
			if (!problems.some((p) => p.file === `seeds/${parsed.data.seed}`)) {
				problems.push({
					file,
					line: fm.lineOf("seed"),
					message: `names the seed "${parsed.data.seed}", which is not in seeds/. Fix the file name, or add the seed.`,
				});
			}
			continue;
		}
		if (annotated.has(seed.file)) {
			problems.push({ file, line: fm.lineOf("seed"), message: `annotates "${seed.file}", which another article already annotates. Keep one article per seed.` });
			continue;
		}
		annotated.add(seed.file);
		sources.push({
			type: 'seed',
			slug,
			title: parsed.data.title ?? seed.title,
			seed,
			article: { file, data: parsed.data },
			translations: readTranslations(root, name),
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

	for (const name of listFiles(join(root, 'content/references'), '.yaml')) {
		const file = `content/references/${name}`;
		const slug = name.replace(/\.yaml$/, '');
		const parsed = referenceSchema.safeParse(parseDocument(readFileSync(join(root, file), 'utf8')).toJS());
		if (!parsed.success) continue; // Astro's schema check reports it.
		if (taken.has(slug)) {
			problems.push({ file, message: `has the slug "${slug}", already used by a source. Rename the file.` });
			continue;
		}
		sources.push({
			type: 'reference',
			slug,
			title: parsed.data.title,
			file,
			reference: parsed.data,
			paragraphs: [{ n: 1, text: parsed.data.passage }],
		});
	}
	return { corpus: new Corpus(sources), problems };
}
