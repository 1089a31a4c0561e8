import type { ListItem, Node, Paragraph, Parent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isJsxElement, stringAttribute } from './mdx-nodes.ts';
import { sentencesOf } from './sentences.ts';

/**
 * What covers each sentence of a paragraph or list item: the citations after it.
 *
 * A `<Cite>` covers the text before it, back to the previous citation of the same paragraph or
 * list item; citations written one after another cover the same text. An `uncited` marker,
 * `{/* uncited: <reason> *\/}`, covers text the same way, for text that states no fact about
 * 287(g). Text after the last citation or marker is covered by nothing. The one implementation of
 * the rule: the uncited check, the `data-uncited` plugin and `npm run review` all read it here.
 *
 * In:  `ICE signs agreements.<Cite source="a" quote="…" /> Officers stay employees.`
 * Out: two sentences; the first covered by the citation of "a", the second by nothing.
 */

/** The marker, as the value of an MDX expression: `/* uncited: about the site itself *\/`. */
const MARKER = /^\s*\/\*\s*uncited:\s*(.*?)\s*\*\/\s*$/s;

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** Where something is written in the file. */
export interface Place {
	readonly line: number;
	readonly column: number;
}

/** A citation or an `uncited` marker, where it is written. */
export type Cover =
	| { readonly kind: 'cite'; readonly source: string | undefined; readonly quote: string | undefined; readonly node: Jsx; readonly at: Place }
	| { readonly kind: 'marker'; readonly reason: string; readonly node: Node; readonly at: Place }
	/** A `<ListCount>`: a number counted from ICE's list at build time, linked to it; it covers its whole sentence. */
	| { readonly kind: 'list'; readonly node: Jsx; readonly at: Place };

/** One sentence of a block, with what covers it. */
export interface CoveredSentence {
	readonly text: string;
	/** Where the sentence starts in the file. */
	readonly at: Place;
	/** The citations and markers covering (part of) it, in order. */
	readonly covers: readonly Cover[];
	/** The part of the sentence after the block's last citation or marker, when it has words. */
	readonly uncovered: string | undefined;
	/** A sentence that only points to another page of the site, e.g. "See [the debate](/debate/)." */
	readonly pointer: boolean;
}

/** A group of citations and markers written together, and the text it covers. */
export interface CoverGroup {
	readonly covers: readonly Cover[];
	/** The text covered, from the previous group to this one. */
	readonly text: string;
}

export interface BlockCoverage {
	readonly sentences: readonly CoveredSentence[];
	readonly groups: readonly CoverGroup[];
}

/** The reason of an `uncited` marker ('' when it gives none), or undefined for another expression. */
export function markerReason(node: Node): string | undefined {
	const n = node as Node & { value?: unknown };
	if ((n.type !== 'mdxTextExpression' && n.type !== 'mdxFlowExpression') || typeof n.value !== 'string') return undefined;
	return MARKER.exec(n.value)?.[1];
}

export function isListCount(node: Node): node is Jsx {
	return isJsxElement(node, 'ListCount');
}

export function isCite(node: Node): node is Jsx {
	return isJsxElement(node, 'Cite');
}

function placeOf(node: Node): Place {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** A link of this site: `/debate/`, `#references` or `models/`, not `https://…` or `//host/`. */
export function isInternalUrl(url: string): boolean {
	return !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

// The words a sentence may use besides its links and still only point to another page:
// "See [the debate](/debate/) for both sides.", "[The models compared](/models/) sets them side by side."
const POINTER_WORDS = new Set(
	[
		'see also read more on in for the a an and or both sides side by them it this that these those page pages its their each compared compares sets lists explains details full list counts note notes context passage below',
		// The same pointers in Spanish: "Vea la página Operaciones", "Consulte la nota de contexto sobre ese pasaje".
		'vea véase consulte lea más también en para conocer el la los las un una y o ambas ambos posturas partes lado página páginas su sus cada esta este estos estas ese esa compara comparados lista explica detalles completa completas completo cifras nota notas contexto pasaje sobre abajo de del',
	]
		.join(' ')
		.split(' '),
);

interface Flat {
	text: string;
	/** Text pieces: their start in `text`, and where they start in the file. */
	pieces: { start: number; value: string; at: Place }[];
	/** Ranges of `text` inside links to pages of this site. */
	internal: { start: number; end: number }[];
	/** Citations and markers, at the offset of `text` where they are written. */
	points: { offset: number; cover: Cover }[];
}

function flatten(block: Node): Flat {
	const flat: Flat = { text: '', pieces: [], internal: [], points: [] };
	const add = (value: string, node: Node) => {
		flat.pieces.push({ start: flat.text.length, value, at: placeOf(node) });
		// A line break inside a paragraph is a space to the reader (and to the sentence splitter).
		flat.text += value.replace(/\n/g, ' ');
	};
	const walk = (node: Node) => {
		if (isCite(node)) {
			flat.points.push({
				offset: flat.text.length,
				cover: { kind: 'cite', source: stringAttribute(node, 'source'), quote: stringAttribute(node, 'quote'), node, at: placeOf(node) },
			});
			return;
		}
		if (isListCount(node)) {
			flat.points.push({ offset: flat.text.length, cover: { kind: 'list', node, at: placeOf(node) } });
			return;
		}
		const reason = markerReason(node);
		if (reason !== undefined) {
			flat.points.push({ offset: flat.text.length, cover: { kind: 'marker', reason, node, at: placeOf(node) } });
			return;
		}
		const n = node as Node & { value?: unknown; url?: unknown; children?: Node[] };
		if (n.type === 'text' || n.type === 'inlineCode') {
			add(String(n.value), node);
			return;
		}
		if (n.type === 'break') {
			add(' ', node);
			return;
		}
		const start = flat.text.length;
		if ((n.type === 'paragraph' || n.type === 'list') && start > 0) add(' ', node);
		for (const child of n.children ?? []) walk(child);
		if (n.type === 'link' && typeof n.url === 'string' && isInternalUrl(n.url)) flat.internal.push({ start, end: flat.text.length });
	};
	walk(block);
	return flat;
}

/** The place in the file of the character at `offset` of the flattened text. */
function placeAt(flat: Flat, offset: number): Place {
	const piece = flat.pieces.findLast((p) => p.start <= offset);
	if (!piece) return { line: 1, column: 1 };
	const before = piece.value.slice(0, offset - piece.start);
	const lines = before.split('\n');
	return lines.length === 1
		? { line: piece.at.line, column: piece.at.column + before.length }
		: { line: piece.at.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

const WORDY = /[\p{L}\p{N}]/u;

function isPointer(flat: Flat, start: number, end: number): boolean {
	const links = flat.internal.filter((l) => l.start < end && l.end > start);
	if (links.length === 0) return false;
	let outside = '';
	let at = start;
	for (const l of links) {
		outside += flat.text.slice(at, Math.max(at, l.start)) + ' ';
		at = Math.max(at, l.end);
	}
	outside += flat.text.slice(at, end);
	const words = outside.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return words.every((w) => POINTER_WORDS.has(w));
}

/** The sentences of a paragraph or list item, each with what covers it. */
export function blockCoverage(block: Paragraph | ListItem | Parent): BlockCoverage {
	const flat = flatten(block);
	const split = sentencesOf(flat.text);
	// A <ListCount> stands inside its sentence: it covers the sentence to its end.
	const points = flat.points
		.map((p) => {
			if (p.cover.kind !== 'list') return p;
			const s = split.find((x) => x.start <= p.offset && p.offset <= x.start + x.text.length);
			return s ? { ...p, offset: s.start + s.text.length } : p;
		})
		.sort((a, b) => a.offset - b.offset);
	// Citations and markers with only spaces between them form one group, covering the same text.
	const groups: { start: number; end: number; covers: Cover[] }[] = [];
	for (const { offset, cover } of points) {
		const last = groups.at(-1);
		if (last && flat.text.slice(last.end, offset).trim() === '') {
			last.covers.push(cover);
			last.end = offset;
		} else groups.push({ start: last?.end ?? 0, end: offset, covers: [cover] });
	}
	const coveredTo = groups.at(-1)?.end ?? 0;
	const sentences = split.map((s): CoveredSentence => {
		const start = s.start;
		const end = s.start + s.text.length;
		const covers = groups
			.filter((g) => g.start < end && g.end > start && WORDY.test(flat.text.slice(Math.max(g.start, start), Math.min(g.end, end))))
			.flatMap((g) => g.covers);
		const tail = end > coveredTo ? flat.text.slice(Math.max(start, coveredTo), end).trim() : '';
		return {
			text: s.text,
			at: placeAt(flat, start),
			covers,
			uncovered: WORDY.test(tail) ? tail : undefined,
			pointer: isPointer(flat, start, end),
		};
	});
	return { sentences, groups: groups.map((g) => ({ covers: g.covers, text: flat.text.slice(g.start, g.end).trim() })) };
}
