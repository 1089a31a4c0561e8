import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { parseMdx } from '../corpus/mdx-nodes.ts';
import { frontmatterOf, type Frontmatter } from '../corpus/frontmatter.ts';
import type { Problem } from '../corpus/problems.ts';
import type { SeedSource } from '../corpus/source.ts';
import { parseLocatedYaml, type LocatedYaml } from '../corpus/yaml-locate.ts';
import { listContentFiles, type ContentFile } from './files.ts';
import { readSeeds } from './seeds.ts';

/** A data file, read and parsed with the position of every value. */
export interface LoadedYaml extends ContentFile {
	readonly format: 'yaml';
	readonly text: string;
	readonly yaml: LocatedYaml;
}

/** An MDX file, read and parsed: its frontmatter with positions, and its mdast (or why it has none). */
export interface LoadedMdx extends ContentFile {
	readonly format: 'mdx';
	readonly text: string;
	readonly frontmatter: Frontmatter;
	/** The whole file as mdast (the frontmatter is its `yaml` node); absent when the MDX cannot be parsed. */
	readonly tree?: Root;
	/** Why the MDX could not be parsed, at its line and column. */
	readonly syntaxError?: Problem;
}

export type LoadedFile = LoadedYaml | LoadedMdx;

/** Everything contributors write, each file read once and parsed once. */
export interface LoadedContent {
	readonly root: string;
	readonly seeds: readonly SeedSource[];
	/** Seeds that cannot be read, and duplicate seeds. */
	readonly seedProblems: readonly Problem[];
	readonly files: readonly LoadedFile[];
}

/** How the layer reads a file; a test passes its own to count the reads. */
export type ReadFile = (path: string) => Buffer;

/** Parses one content file's text, as the rest of the site reads it. */
export function parseContentFile(entry: ContentFile, text: string): LoadedFile {
	if (!entry.file.endsWith('.mdx')) return { ...entry, format: 'yaml', text, yaml: parseLocatedYaml(text) };
	const frontmatter = frontmatterOf(text);
	try {
		return { ...entry, format: 'mdx', text, frontmatter, tree: parseMdx(text) };
	} catch (error) {
		const e = error as { line?: number; column?: number; reason?: string; message: string };
		return {
			...entry,
			format: 'mdx',
			text,
			frontmatter,
			syntaxError: { file: entry.file, line: e.line, column: e.column, message: `MDX syntax: ${e.reason ?? e.message}` },
		};
	}
}

/**
 * The content layer's reading: every seed and every content file under `root`, each read once
 * and parsed once. The checks, the corpus of citable sources and Astro's data collections all
 * take their files from here, so none of them reads or parses a file again.
 */
export function loadContent(root: string, readFile: ReadFile = readFileSync): LoadedContent {
	const { seeds, problems } = readSeeds(join(root, 'seeds'), 'seeds', readFile);
	const files = listContentFiles(root).map((entry) => parseContentFile(entry, readFile(join(root, entry.file)).toString('utf8')));
	return { root, seeds, seedProblems: problems, files };
}
