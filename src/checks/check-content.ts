import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describeResolution } from '../corpus/describe.ts';
import { frontmatterOf } from '../corpus/frontmatter.ts';
import type { Problem } from '../corpus/problems.ts';
import { readCorpus } from '../corpus/read-corpus.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { Span } from '../corpus/quote-match.ts';
import { articleSchema } from '../schemas/article.ts';
import { comparisonSchema } from '../schemas/comparison.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { figureSchema } from '../schemas/figure.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { timelineSchema } from '../schemas/timeline.ts';
import { citationsInMdx, parseMdx, type LocatedCitation } from './collect-mdx.ts';
import { citationsInYaml } from './collect-yaml.ts';
import { listContentFiles, type ContentFile, type ContentKind } from './content-files.ts';
import { schemaProblems } from './schema-problems.ts';
import { timelineEmbedProblems } from './timeline-embeds.ts';
import { parseLocatedYaml } from './yaml-locate.ts';

const SCHEMAS: Record<ContentKind, z.ZodType> = {
	article: articleSchema,
	explainer: explainerSchema,
	glossary: glossarySchema,
	timeline: timelineSchema,
	figure: figureSchema,
	reference: referenceSchema,
	comparison: comparisonSchema,
};

/** A citation that was found and verified, with the content file that makes it. */
export interface VerifiedCitation extends LocatedCitation {
	readonly entry: ContentFile;
	readonly span: Span;
}

export interface ContentReport {
	readonly corpus: Corpus;
	readonly files: readonly ContentFile[];
	/** Everything that must be fixed; the build stops when there is any. */
	readonly problems: readonly Problem[];
	readonly citations: readonly VerifiedCitation[];
}

/** Reads one content file: its schema problems and the citations it makes. */
function readEntry(root: string, entry: ContentFile): { problems: Problem[]; citations: LocatedCitation[] } {
	const text = readFileSync(join(root, entry.file), 'utf8');
	if (entry.file.endsWith('.mdx')) {
		const fm = frontmatterOf(text);
		const problems = schemaProblems(entry.file, fm, SCHEMAS[entry.kind]);
		try {
			const tree = parseMdx(text);
			const found = citationsInMdx(entry.file, tree, entry.kind === 'article' ? entry.id : undefined);
			return { problems: [...problems, ...found.problems, ...timelineEmbedProblems(entry.file, tree)], citations: found.citations };
		} catch (error) {
			const e = error as { line?: number; column?: number; reason?: string; message: string };
			return {
				problems: [...problems, { file: entry.file, line: e.line, column: e.column, message: `MDX syntax: ${e.reason ?? e.message}` }],
				citations: [],
			};
		}
	}
	return {
		problems: schemaProblems(entry.file, parseLocatedYaml(text), SCHEMAS[entry.kind]),
		citations: citationsInYaml(entry.file, text),
	};
}

/**
 * The one pass that checks all content before anything is written: seeds readable, every file
 * valid against its schema, every citation and note anchor found word for word in its source.
 * It lists every problem at once.
 */
export function checkContent(root: string): ContentReport {
	const { corpus, problems: corpusProblems } = readCorpus(root);
	const files = listContentFiles(root);
	const problems: Problem[] = [...corpusProblems];
	const citations: VerifiedCitation[] = [];
	for (const entry of files) {
		const read = readEntry(root, entry);
		problems.push(...read.problems);
		for (const c of read.citations) {
			const resolution = corpus.resolve(c);
			if (resolution.ok) citations.push({ ...c, entry, span: resolution.span });
			else {
				const what = c.role === 'note' ? 'note anchor: ' : '';
				problems.push({ file: c.file, line: c.line, column: c.column, message: what + describeResolution(resolution, c.quote, c.source) });
			}
		}
	}
	return { corpus, files, problems, citations };
}
