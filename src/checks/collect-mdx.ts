import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Problem } from '../corpus/problems.ts';
import { isJsxElement, readCitation } from '../corpus/mdx-nodes.ts';

/** A citation found in a file, with where it is written. */
export interface LocatedCitation {
	readonly file: string;
	readonly line: number;
	readonly column: number;
	/** `cite` for `<Cite>`, `note` for the passage a `<Note>` is anchored to. */
	readonly role: 'cite' | 'note';
	readonly source: string;
	readonly quote: string;
	/** For notes: the kind of note (error, context...). */
	readonly noteKind?: string;
	/** For notes: the note's text, for indexes and checks. */
	readonly text?: string;
}

/**
 * Finds every `<Cite>` and `<Note>` of an MDX file.
 * In an article, a `<Cite>` without `source` cites the article's own seed, and a `<Note>` is
 * anchored to a passage of it.
 */
export function citationsInMdx(file: string, tree: Root, ownSlug?: string): { citations: LocatedCitation[]; problems: Problem[] } {
	const citations: LocatedCitation[] = [];
	const problems: Problem[] = [];
	visit(tree, (node) => {
		if (!isJsxElement(node, 'Cite') && !isJsxElement(node, 'Note')) return;
		const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
		const reading = readCitation(node, ownSlug);
		if (!reading.ok) {
			problems.push(...reading.messages.map((message) => ({ ...at, message })));
			return;
		}
		const { role, source, quote } = reading;
		citations.push(reading.role === 'note' ? { ...at, role, source, quote, noteKind: reading.kind, text: toString(node) } : { ...at, role, source, quote });
	});
	return { citations, problems };
}
