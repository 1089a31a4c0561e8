import type { z } from 'astro/zod';
import { describeResolution } from '../corpus/describe.ts';
import type { Problem } from '../corpus/problems.ts';
import { corpusOf } from '../content-layer/corpus.ts';
import { loadContent, type LoadedContent, type LoadedFile, type ReadFile } from '../content-layer/load.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { Span } from '../corpus/quote-match.ts';
import { articleSchema } from '../schemas/article.ts';
import { comparisonSchema } from '../schemas/comparison.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { figureSchema } from '../schemas/figure.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { referenceSchema } from '../schemas/reference.ts';
import { timelineSchema } from '../schemas/timeline.ts';
import { citationsInMdx, type LocatedCitation } from './collect-mdx.ts';
import { citationsInYaml } from './collect-yaml.ts';
import { editorialProblems, type EditorialProblems } from './editorial.ts';
import { glossaryProblems, type CheckedGlossaryEntry, type GlossaryEntry } from './check-glossary.ts';
import { termUsesInMdx, type TermUse } from './collect-term-uses.ts';
import type { ContentFile, ContentKind } from '../content-layer/files.ts';
import { isPlaceholder } from './placeholders.ts';
import { schemaProblems } from './schema-problems.ts';
import { timelineEmbedProblems } from './timeline-embeds.ts';
import { unrecordedLinks, unrecordedLinksInField } from './external-links.ts';
import { reservedAddressProblems, reservedSegments } from './reserved-addresses.ts';
import { documentDisagreements } from './reference-documents.ts';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';

/** The schema of each kind of content file; also the source of `schemas/*.schema.json`. */
export const SCHEMAS: Record<ContentKind, z.ZodType> = {
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
	/** The editorial checks, listed apart by `npm run check`; they are in `problems` too. */
	readonly editorial: EditorialProblems;
	/** The valid glossary entries, for glossary links. */
	readonly glossary: readonly GlossaryEntry[];
	/** Each YAML content file as read by the checks, by path: the completeness check reads its `es:` fields. */
	readonly yaml: ReadonlyMap<string, LocatedYaml>;
	/** Every file as the content layer read it, for Astro's data collections (`src/loaders/data-files.ts`). */
	readonly content: LoadedContent;
}

interface ReadEntry {
	problems: Problem[];
	citations: LocatedCitation[];
	editorial?: EditorialProblems;
	termUses?: TermUse[];
	glossary?: { entry: CheckedGlossaryEntry; yaml: LocatedYaml; valid: boolean };
	yaml?: LocatedYaml;
}

/**
 * Checks one content file, as the content layer read it: its schema problems, the citations it
 * makes, and what the checks need. `recorded` holds the addresses of the recorded references,
 * the only outside pages prose may link to.
 */
function checkEntry(entry: LoadedFile, recorded: ReadonlySet<string>): ReadEntry {
	if (entry.format === 'mdx') {
		const problems = schemaProblems(entry.file, entry.frontmatter, SCHEMAS[entry.kind]);
		const tree = entry.tree;
		if (!tree) return { problems: [...problems, ...(entry.syntaxError ? [entry.syntaxError] : [])], citations: [] };
		const found = citationsInMdx(entry.file, tree, entry.kind === 'article' ? entry.id : undefined);
		const terms = termUsesInMdx(entry.file, tree);
		return {
			problems: [...problems, ...found.problems, ...terms.problems, ...timelineEmbedProblems(entry.file, tree), ...unrecordedLinks(entry.file, tree, recorded)],
			citations: found.citations,
			termUses: terms.uses,
			editorial: editorialProblems(entry, entry.frontmatter, tree),
		};
	}
	const { yaml } = entry;
	const problems = schemaProblems(entry.file, yaml, SCHEMAS[entry.kind]);
	const citations = citationsInYaml(entry.file, yaml);
	const editorial = editorialProblems(entry, yaml);
	if (entry.kind !== 'glossary') return { problems, citations, editorial, yaml };
	// An entry with schema problems is still read as far as it goes, so that its `related` ids
	// are checked in the same pass.
	const parsed = (problems.length === 0 ? glossarySchema : glossarySchema.partial()).safeParse(yaml.data);
	if (!parsed.success) return { problems, citations, editorial, yaml };
	// The English body and its Spanish translation follow the same rule on links.
	const bodies = [
		{ text: parsed.data.body, at: ['body'] },
		{ text: parsed.data.es?.body, at: ['es', 'body'] },
	];
	const linkProblems = bodies.flatMap(({ text, at }) => (text ? unrecordedLinksInField(entry.file, text, yaml.locate(at), recorded) : []));
	return {
		yaml,
		problems: [...problems, ...linkProblems],
		citations,
		editorial,
		glossary: { entry: { id: entry.id, file: entry.file, ...parsed.data }, yaml, valid: problems.length === 0 },
	};
}

/**
 * The one pass that checks all content before anything is written: seeds readable, every file
 * valid against its schema, every citation and note anchor found word for word in its source,
 * every explainer paragraph cited, no loaded term in the site's own voice. It lists every
 * problem at once.
 */
export function checkContent(root: string, readFile?: ReadFile): ContentReport {
	return checkLoaded(loadContent(root, readFile));
}

/** The same checks, on content already loaded: they read no file (but `src/pages`, for the reserved addresses). */
export function checkLoaded(content: LoadedContent): ContentReport {
	const { root, files } = content;
	const { corpus, problems: corpusProblems } = corpusOf(content);
	const problems: Problem[] = [...corpusProblems, ...reservedAddressProblems(files, reservedSegments(root))];
	const citations: VerifiedCitation[] = [];
	const editorial: EditorialProblems = { uncited: [], loadedTerms: [] };
	const glossary: NonNullable<ReadEntry['glossary']>[] = [];
	const termUses: TermUse[] = [];
	const yaml = new Map<string, LocatedYaml>();
	const recorded = new Set(corpus.references.map((r) => r.reference.url));
	const yamlOf = new Map(files.flatMap((f) => (f.format === 'yaml' ? [[f.file, f.yaml] as const] : [])));
	problems.push(...documentDisagreements(corpus.references, (file, field) => fieldLine(yamlOf.get(file), field)));
	for (const entry of files) {
		const read = checkEntry(entry, recorded);
		problems.push(...read.problems);
		editorial.uncited.push(...(read.editorial?.uncited ?? []));
		editorial.loadedTerms.push(...(read.editorial?.loadedTerms ?? []));
		if (read.glossary) glossary.push(read.glossary);
		if (read.yaml) yaml.set(entry.file, read.yaml);
		termUses.push(...(read.termUses ?? []));
		for (const c of read.citations) {
			if (isPlaceholder(c.source) || isPlaceholder(c.quote)) continue; // reported as a field to fill in
			const resolution = corpus.resolve(c);
			if (resolution.ok) citations.push({ ...c, entry, span: resolution.span });
			else {
				const what = c.role === 'note' ? 'note anchor: ' : '';
				problems.push({ file: c.file, line: c.line, column: c.column, message: what + describeResolution(resolution, c.quote, c.source, corpus.slugs) });
			}
		}
	}
	problems.push(...editorial.uncited, ...editorial.loadedTerms);
	const glossaryIds = files.filter((f) => f.kind === 'glossary').map((f) => f.id);
	problems.push(...glossaryProblems(glossaryIds, glossary, termUses));
	const valid = glossary.filter((g) => g.valid).map((g) => g.entry as GlossaryEntry);
	return { corpus, files, problems, citations, editorial, glossary: valid, yaml, content };
}

/** The line of a top-level field in a YAML content file, for messages. */
function fieldLine(yaml: LocatedYaml | undefined, field: string): number | undefined {
	const record = yaml?.data as Record<string, unknown> | undefined;
	return record && field in record ? yaml!.locate([field]).line : undefined;
}
