import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Corpus } from '../corpus/corpus.ts';
import { blockCoverage, type Cover } from '../corpus/coverage.ts';
import { describeResolution } from '../corpus/describe.ts';

/** What covers one sentence, as an editor checks it: the passage and where it comes from. */
export type ReviewCover =
	| {
			readonly kind: 'passage';
			readonly source: string;
			readonly title: string;
			readonly paragraph: number;
			readonly passage: string;
			readonly context: string;
			readonly external: boolean;
	  }
	| { readonly kind: 'missing'; readonly source: string; readonly problem: string }
	| { readonly kind: 'marker'; readonly reason: string };

export interface ReviewSentence {
	readonly line: number;
	readonly column: number;
	readonly text: string;
	readonly covers: readonly ReviewCover[];
	/** Only points to another page of the site: needs no citation. */
	readonly pointer: boolean;
}

/** A heading (for orientation) or one sentence of the page. */
export type ReviewItem = { readonly kind: 'heading'; readonly text: string; readonly depth: number } | ({ readonly kind: 'sentence' } & ReviewSentence);

// How much of a long source paragraph is shown on either side of the passage.
const CONTEXT = 240;

/** The passage inside its paragraph, marked ⟪…⟫, cut to `CONTEXT` characters either side. */
export function passageInContext(paragraph: string, start: number, end: number): string {
	const before = paragraph.slice(Math.max(0, start - CONTEXT), start);
	const after = paragraph.slice(end, end + CONTEXT);
	return `${start > CONTEXT ? '…' : ''}${before}⟪${paragraph.slice(start, end)}⟫${after}${end + CONTEXT < paragraph.length ? '…' : ''}`;
}

function reviewCover(cover: Cover, corpus: Corpus, ownSlug: string | undefined): ReviewCover {
	if (cover.kind === 'marker') return { kind: 'marker', reason: cover.reason };
	if (cover.kind === 'list') return { kind: 'marker', reason: "a number counted from ICE's list at build time (<ListCount>)" };
	const source = cover.source ?? ownSlug ?? '';
	const quote = cover.quote ?? toString(cover.node).trim();
	const resolution = corpus.resolve({ source, quote });
	if (!resolution.ok) return { kind: 'missing', source, problem: describeResolution(resolution, quote, source) };
	const { span } = resolution;
	const paragraph = resolution.source.paragraphs.find((p) => p.n === span.paragraph)?.text ?? span.text;
	return {
		kind: 'passage',
		source,
		title: resolution.source.title,
		paragraph: span.paragraph,
		passage: span.text,
		context: passageInContext(paragraph, span.start, span.end),
		external: resolution.source.type === 'reference',
	};
}

/**
 * Every sentence of a page in reading order, each with the passages that cover it (the coverage
 * rule of the uncited check, src/corpus/coverage.ts), for `npm run review`.
 */
export function reviewPage(tree: Root, corpus: Corpus, ownSlug?: string): ReviewItem[] {
	const items: ReviewItem[] = [];
	visit(tree, (node) => {
		if (node.type === 'heading') {
			items.push({ kind: 'heading', text: toString(node), depth: node.depth });
			return SKIP;
		}
		if (node.type !== 'paragraph' && node.type !== 'listItem') return;
		for (const s of blockCoverage(node).sentences) {
			items.push({
				kind: 'sentence',
				...s.at,
				text: s.text,
				covers: s.covers.map((c) => reviewCover(c, corpus, ownSlug)),
				pointer: s.pointer,
			});
		}
		return SKIP;
	});
	return items;
}

const indent = (text: string, by: string) =>
	text
		.split('\n')
		.map((l) => by + l)
		.join('\n');

/** The review as text: each sentence, then under it each passage and the paragraph it is from. */
export function formatReview(file: string, items: readonly ReviewItem[]): string {
	const out: string[] = [];
	for (const item of items) {
		if (item.kind === 'heading') {
			out.push('', `${'#'.repeat(item.depth)} ${item.text}`, '');
			continue;
		}
		out.push(`${file}:${item.line}:${item.column}  ${item.text}`);
		if (item.covers.length === 0)
			out.push(item.pointer ? '    → points to another page of the site; needs no citation' : '    ✗ no citation covers this sentence');
		for (const c of item.covers) {
			if (c.kind === 'marker') out.push(`    – uncited: ${c.reason}`);
			else if (c.kind === 'missing') out.push(`    ✗ ${c.source}: ${indent(c.problem, '      ').trimStart()}`);
			else {
				out.push(`    ✓ ${c.source}${c.external ? '' : `, paragraph ${c.paragraph}`} (${c.title})`, `      “${c.passage}”`);
				if (c.context !== `⟪${c.passage}⟫`) out.push(`      in: ${c.context}`);
			}
		}
	}
	return out.join('\n').trim() + '\n';
}
