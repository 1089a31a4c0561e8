/**
 * Looks a quote up in a source, as the build will: `npm run quote -- <slug> "<passage>"`.
 * With only a slug, lists the source's paragraphs with their numbers.
 */
import { readCorpus } from '../src/content-layer/corpus.ts';
import { describeResolution } from '../src/corpus/describe.ts';

const [slug, ...rest] = process.argv.slice(2);
const { corpus } = readCorpus(process.cwd());
if (!slug) {
	console.log(corpus.slugs.map((s) => `${s}\t${corpus.get(s)!.title}`).join('\n'));
	process.exit(0);
}
const source = corpus.get(slug);
if (!source) {
	console.error(`No source "${slug}". Known slugs:\n  ${corpus.slugs.join('\n  ')}`);
	process.exit(1);
}
if (rest.length === 0) {
	for (const p of source.paragraphs) console.log(`p-${p.n}\t${p.text}`);
	process.exit(0);
}
const resolution = corpus.resolve({ source: slug, quote: rest.join(' ') });
console.log(describeResolution(resolution, rest.join(' ')));
process.exit(resolution.ok ? 0 : 1);
