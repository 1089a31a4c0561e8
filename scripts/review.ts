/**
 * Prints each sentence of a page beside the passages that cover it, and the paragraph of the
 * source each comes from, so that a person can check that each passage supports its sentence:
 * `npm run review -- models/task-force` (or a file path, or an address such as /history/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseMdx } from '../src/corpus/mdx-nodes.ts';
import { readCorpus } from '../src/content-layer/corpus.ts';
import { formatReview, reviewPage } from '../src/ingest/review.ts';

const [page] = process.argv.slice(2);
if (!page) {
	console.error('Name a page: npm run review -- models/task-force (an explainer, an article file, or its path).');
	process.exit(1);
}
const name = page.replace(/^\/+|\/+$/g, '').replace(/\.mdx$/, '');
const candidates = [page, `content/explainers/${name}.mdx`, `content/explainers/${name}/index.mdx`, `content/articles/${name.replace(/^sources\//, '')}.mdx`];
if (name === '') candidates.push('content/explainers/home.mdx');
const file = candidates.find((f) => f.endsWith('.mdx') && existsSync(f));
if (!file) {
	console.error(`No page "${page}". Tried:\n  ${candidates.filter((f) => f.endsWith('.mdx')).join('\n  ')}`);
	process.exit(1);
}
const ownSlug = /content\/articles\/([^/]+)\.mdx$/.exec(file)?.[1];
const { corpus } = readCorpus(process.cwd());
const items = reviewPage(parseMdx(readFileSync(file, 'utf8')), corpus, ownSlug);
process.stdout.write(formatReview(relative(process.cwd(), file), items));
