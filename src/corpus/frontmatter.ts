import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

export interface Frontmatter {
	/** The frontmatter as plain data; `{}` when the file has none. */
	readonly data: unknown;
	/** Line of the file where the frontmatter ends (the closing `---`), 0 when there is none. */
	readonly endLine: number;
	/** File line of a top-level key, for messages; undefined when the key is absent. */
	lineOf(key: string): number | undefined;
}

/** Reads the YAML frontmatter of an MDX file, keeping lines so that messages can point into it. */
export function frontmatterOf(text: string): Frontmatter {
	const open = /^---\r?\n/.exec(text);
	const close = open ? /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(open[0].length)) : null;
	if (!open || !close) return { data: {}, endLine: 0, lineOf: () => undefined };
	const yamlText = text.slice(open[0].length, open[0].length + close.index);
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter });
	const endLine = yamlText.split('\n').length + 2;
	return {
		data: doc.toJS() ?? {},
		endLine,
		lineOf(key) {
			if (!isMap(doc.contents)) return undefined;
			const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
			const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
			return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
		},
	};
}
