import type { Root } from 'mdast';
import type { Problem } from '../corpus/problems.ts';
import type { ContentFile, ContentKind } from './content-files.ts';
import { uncitedParagraphs } from './uncited-paragraphs.ts';
import { loadedTermsInMdx } from './voice-mdx.ts';
import { loadedTermsInYaml, type VoiceFields } from './voice-yaml.ts';

/** The fields of each kind of file that are written in the site's own voice. */
const VOICE_FIELDS: Record<ContentKind, VoiceFields> = {
	explainer: ['title', 'description', 'changes.*.summary'],
	article: ['description', 'published.reasoning'],
	// A data file's Spanish text is its `es:` fields (voice-yaml.ts reads them as Spanish).
	glossary: ['definition', 'body', 'es.definition', 'es.body'],
	timeline: ['title', 'summary', 'es.title', 'es.summary'],
	figure: ['counts', 'status', 'note', 'es.counts', 'es.status', 'es.note'],
	comparison: ['rows.*.question', 'rows.*.*.text', 'rows.*.es.question', 'rows.*.*.es.text'],
	// A reference's title names a document and its passage is a quote: neither is our voice.
	reference: [],
};

/** The two editorial checks: explainer text no citation covers, loaded terms outside quotes. */
export interface EditorialProblems {
	readonly uncited: Problem[];
	readonly loadedTerms: Problem[];
}

/**
 * Runs the editorial checks on one content file. `tree` is the parsed MDX of an MDX file
 * (its frontmatter included, as a `yaml` node); data files are read from `text`.
 */
export function editorialProblems(entry: ContentFile, text: string, tree?: Root): EditorialProblems {
	const fields = VOICE_FIELDS[entry.kind];
	if (!tree) return { uncited: [], loadedTerms: loadedTermsInYaml(entry.file, text, fields, entry.locale) };
	const frontmatter = tree.children.find((n) => n.type === 'yaml');
	return {
		uncited: entry.kind === 'explainer' ? uncitedParagraphs(entry.file, tree) : [],
		loadedTerms: [
			// The `yaml` node starts at the opening `---`, so its first line is the next one.
			...(frontmatter ? loadedTermsInYaml(entry.file, frontmatter.value, fields, entry.locale, frontmatter.position?.start.line ?? 1) : []),
			...loadedTermsInMdx(entry.file, tree, entry.locale),
		],
	};
}
