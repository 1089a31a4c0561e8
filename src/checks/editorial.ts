import type { Root } from 'mdast';
import type { Problem } from '../corpus/problems.ts';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';
import type { ContentFile, ContentKind } from '../content-layer/files.ts';
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
 * Runs the editorial checks on one content file, as the content layer parsed it: `yaml` is a
 * data file, or the frontmatter of an MDX file whose mdast is `tree`.
 */
export function editorialProblems(entry: ContentFile, yaml: LocatedYaml, tree?: Root): EditorialProblems {
	const fields = VOICE_FIELDS[entry.kind];
	const inYaml = loadedTermsInYaml(entry.file, yaml, fields, entry.locale);
	if (!tree) return { uncited: [], loadedTerms: inYaml };
	return {
		uncited: entry.kind === 'explainer' ? uncitedParagraphs(entry.file, tree) : [],
		loadedTerms: [...inYaml, ...loadedTermsInMdx(entry.file, tree, entry.locale)],
	};
}
