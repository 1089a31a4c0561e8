/**
 * `npm run ingest`: creates `content/articles/<slug>.mdx` for each seed that has none, with the
 * detected title, `TODO`s for what a person must fill in, and the date phrases, dated sentences
 * and numbers found in the text as suggestions. Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusOf } from '../src/content-layer/corpus.ts';
import { loadContent } from '../src/content-layer/load.ts';
import { dateSuggestions } from '../src/corpus/suggest-dates.ts';
import { figureSuggestions } from '../src/corpus/suggest-figures.ts';
import { articleScaffold } from '../src/ingest/article-scaffold.ts';
import { planIngest, type ExistingArticle } from '../src/ingest/plan-ingest.ts';
import { formatProblem } from '../src/corpus/problems.ts';

/** `1 number`, `2 numbers`. */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const root = process.cwd();
const dir = join(root, 'content/articles');
const content = loadContent(root);
// Every English article file, valid or not, as the content layer read it: the seed it names.
const existing: ExistingArticle[] = content.files
	.filter((f) => f.kind === 'article' && f.format === 'mdx' && f.locale === 'en')
	.map((f) => {
		const { seed } = (f.format === 'mdx' ? f.frontmatter.data : {}) as { seed?: unknown };
		return { file: f.file, seed: typeof seed === 'string' ? seed : undefined };
	});

const { corpus, problems } = corpusOf(content);
for (const p of problems.filter((p) => p.file.startsWith('seeds'))) console.warn(`skipped: ${formatProblem(p)}`);
const plan = planIngest(corpus.seeds, existing);

if (plan.create.length > 0) mkdirSync(dir, { recursive: true });
for (const { file, seed } of plan.create) {
	if (existsSync(join(root, file))) continue; // never overwrite, even if the plan is stale
	const body = seed.paragraphs.filter((p) => p.boilerplate === undefined);
	const dates = dateSuggestions(body);
	const figures = figureSuggestions(body, dates);
	writeFileSync(join(root, file), articleScaffold(seed, { dates, figures }), { flag: 'wx' });
	console.log(`created ${file}  (from seeds/${seed.file}: ${count(dates.length, 'date phrase')}, ${count(figures.length, 'number')} suggested)`);
}
for (const { seed, reason } of plan.skipped.filter((s) => s.conflict)) console.warn(`left    seeds/${seed.file}: ${reason}`);
const annotated = plan.skipped.filter((s) => !s.conflict).length;
if (annotated > 0) console.log(`${annotated} seed(s) already have an article file, left as they are.`);
if (plan.create.length > 0) {
	console.log('\nNext: fill in each TODO of the new files, write the summary, then run `npm run check`.');
	console.log('The steps are in CONTRIBUTING.md, "Add a source article".');
} else console.log('Nothing to create.');
