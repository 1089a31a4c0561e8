import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { getContentReport } from './checks/report-cache.ts';
import { rehypeCitations } from './plugins/rehype-citations.ts';
import { remarkGlossaryLinks } from './plugins/remark-glossary-links.ts';
import { remarkBaseLinks } from './plugins/remark-base-links.ts';
import { remarkUncited } from './plugins/remark-uncited.ts';

export interface PipelineOptions {
	/** The site's base path, e.g. `/` or `/287g/`. */
	base?: string;
	/** Project root; the working directory by default. */
	root?: string;
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
		rehypePlugins: [[rehypeCitations, { corpus: () => getContentReport(options.root).corpus, base: options.base ?? '/' }]],
	};
}

/** The Markdown processor for `.md` and `.mdx`, as `astro.config.mjs` uses it. */
export function markdownProcessor(options: PipelineOptions = {}) {
	return unified(pipeline(options));
}
