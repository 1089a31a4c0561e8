import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readCorpus } from '../../src/content-layer/corpus.ts';
import type { Files } from './synthetic-corpus.ts';

/**
 * The floor: what a bare Astro + MDX + Pagefind site costs for the same articles. One MDX file
 * per source: the title and the paragraphs the project shows in its frontmatter, and the
 * article's own MDX body (summary, citations, notes) rendered with trivial components. No
 * checks, no quote matching, no site furniture.
 */
const CONFIG = `import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const pagefind = {
	name: 'floor:pagefind',
	hooks: {
		'astro:build:done': async ({ dir }) => {
			const { createIndex, close } = await import('pagefind');
			const out = fileURLToPath(dir);
			const { index } = await createIndex({});
			await index.addDirectory({ path: out });
			await index.writeFiles({ outputPath: out + 'pagefind' });
			await close();
		},
	},
};

export default defineConfig({ site: 'https://floor.example.org', trailingSlash: 'always', integrations: [mdx(), pagefind] });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './articles' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Cite from '../components/Cite.astro';
import Note from '../components/Note.astro';

export async function getStaticPaths() {
	return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body>
		<main data-pagefind-body>
			<h1>{entry.data.title}</h1>
			<Content components={{ Cite, Note }} />
			<h2>Full text</h2>
			{entry.data.paragraphs.map((p, i) => <p id={'p-' + (i + 1)}>{p}</p>)}
		</main>
	</body>
</html>
`;

const INDEX = `---
import { getCollection } from 'astro:content';
const all = await getCollection('articles');
---
<html lang="en">
	<head><meta charset="utf-8" /><title>Sources</title></head>
	<body><main><ul>{all.map((e) => <li><a href={'/' + e.id + '/'}>{e.data.title}</a></li>)}</ul></main></body>
</html>
`;

function body(mdx: string): string {
	return mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** The floor project's files, from a project copy that already holds the synthetic corpus. */
export function floorProject(projectRoot: string): Files {
	const { corpus, problems } = readCorpus(projectRoot);
	if (problems.length > 0) throw new Error(`The synthetic corpus has problems: ${problems[0]!.message}`);
	const files: Files = new Map([
		['package.json', JSON.stringify({ name: 'bench-floor', private: true, type: 'module' })],
		['astro.config.mjs', CONFIG],
		['src/content.config.ts', COLLECTIONS],
		['src/pages/[slug].astro', PAGE],
		['src/pages/index.astro', INDEX],
		['src/components/Cite.astro', '<q>{Astro.props.quote}</q>\n'],
		['src/components/Note.astro', '<aside><slot /></aside>\n'],
	]);
	for (const source of corpus.seeds) {
		const frontmatter = stringify({ title: source.title, paragraphs: source.paragraphs.map((p) => p.text) }, { lineWidth: 0 });
		const mdx = source.article ? body(readFileSync(join(projectRoot, source.article.file), 'utf8')) : '';
		files.set(`articles/${source.slug}.mdx`, `---\n${frontmatter}---\n\n${mdx}`);
	}
	return files;
}
