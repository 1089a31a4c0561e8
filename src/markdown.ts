import { resolve } from 'node:path';
import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { getContentReport } from './checks/report-cache.ts';
import { projectRoot } from './lib/project-root.ts';
import { rehypeCitations } from './plugins/rehype-citations.ts';
import { remarkGlossaryLinks } from './plugins/remark-glossary-links.ts';
import { remarkBaseLinks } from './plugins/remark-base-links.ts';
import { remarkUncited } from './plugins/remark-uncited.ts';

export interface PipelineOptions {
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
	/** Project root; Astro's `config.root` by default (`src/lib/project-root.ts`). */
	root?: string;
}

/** Whether the content checks reported a problem at this file, line and column: printed once, by them. */
function reportedBy(root: string | undefined) {
	return (file: string, line: number, column: number) =>
		getContentReport(root).problems.some((p) => p.line === line && p.column === column && resolve(root ?? projectRoot(), p.file) === resolve(file));
}

/** The plugin lists, in order, with their options: the one place the pipeline is decided. */
export function pipeline(options: PipelineOptions = {}): UnifiedProcessorOptions {
	return {
		// remarkBaseLinks first: it prefixes only the links contributors wrote, not the glossary links.
		remarkPlugins: [
			[remarkBaseLinks, { base: options.base ?? '/' }],
			remarkUncited,
			[remarkGlossaryLinks, { terms: () => getContentReport(options.root).glossary, base: options.base ?? '/' }],
		],
		rehypePlugins: [[rehypeCitations, { corpus: () => getContentReport(options.root).corpus, base: options.base ?? '/', reported: reportedBy(options.root) }]],
	};
}

/** The Markdown processor for `.md` and `.mdx`, as `astro.config.mjs` uses it. */
export function markdownProcessor(options: PipelineOptions = {}) {
	return unified(pipeline(options));
}
