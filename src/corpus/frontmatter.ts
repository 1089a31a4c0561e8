import { parseLocatedYaml, type LocatedYaml } from './yaml-locate.ts';

export interface Frontmatter extends LocatedYaml {
	/** True when the file starts with a `---` block. */
	readonly present: boolean;
	/** File line of a top-level key, for messages; undefined when the key is absent. */
	lineOf(key: string): number | undefined;
}

/** Reads the YAML frontmatter of an MDX file, keeping file lines so messages can point into it. */
export function frontmatterOf(text: string): Frontmatter {
	const open = /^---\r?\n/.exec(text);
	const close = open ? /(^|\r?\n)---[ \t]*(\r?\n|$)/.exec(text.slice(open[0].length)) : null;
	if (!open || !close) {
		return { ...parseLocatedYaml(''), present: false, data: {}, lineOf: () => undefined };
	}
	// Line 1 is the opening `---`, so the YAML's line 1 is the file's line 2.
	const yaml = parseLocatedYaml(text.slice(open[0].length, open[0].length + close.index), 1);
	return {
		...yaml,
		present: true,
		data: yaml.data ?? {},
		lineOf: (key) => yaml.locate([key]).line,
	};
}
