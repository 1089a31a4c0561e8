import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A YAML document that can say on which line any value sits. */
export interface LocatedYaml {
	readonly data: unknown;
	readonly errors: readonly { line: number; column: number; message: string }[];
	/** Line and column (1-based) of the value at `path`, or of its nearest existing parent. */
	locate(path: readonly PropertyKey[]): { line: number; column: number };
	/** The parsed document, for walks that need its nodes (citations, voice fields). */
	readonly document: Document;
	/** The YAML text the document was parsed from. */
	readonly source: string;
	/** File line and column (1-based) of an offset in `source`. */
	position(offset: number): { line: number; column: number };
}

function child(node: unknown, key: PropertyKey): unknown {
	if (isMap(node)) return node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
	if (isSeq(node) && typeof key === 'number') return node.items[key];
	return undefined;
}

/** Parses YAML text, keeping positions; `offsetLines` shifts lines (frontmatter inside a file). */
export function parseLocatedYaml(text: string, offsetLines = 0): LocatedYaml {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
	const pos = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + offsetLines, column: col };
	};
	return {
		document: doc,
		source: text,
		position: pos,
		data: doc.errors.length > 0 ? undefined : doc.toJS(),
		errors: doc.errors.map((e) => ({ ...pos(e.pos[0]), message: e.message.split('\n')[0] ?? e.message })),
		locate(path) {
			let node: unknown = doc.contents;
			let found = node as Node | null;
			for (const key of path) {
				node = child(node, key);
				if (!node) break;
				found = node as Node;
			}
			const offset = found?.range?.[0] ?? 0;
			return pos(offset);
		},
	};
}
