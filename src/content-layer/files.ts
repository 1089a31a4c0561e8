import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitLocaleId, type Locale } from '../i18n/locales.ts';

/** The collections contributors write, where they live, and the page each entry appears on. */
export type ContentKind = 'article' | 'explainer' | 'glossary' | 'timeline' | 'figure' | 'reference' | 'comparison';

export interface ContentFile {
	readonly kind: ContentKind;
	/** Path from the project root, with forward slashes. */
	readonly file: string;
	/**
	 * Entry id: the file name without extension (explainers: the path under content/explainers),
	 * the same for a translation as for the English it translates.
	 */
	readonly id: string;
	/** The language: a translation lives in a folder named by its locale, `content/explainers/es/…`. */
	readonly locale: Locale;
}

/**
 * Where each kind of content lives: its folder (walked with its subfolders, which hold the
 * translations), or its one file, and its extension. The one table of kinds and folders: the
 * checks, the content layer and Astro's collections (`src/content.config.ts`) all read it.
 */
export const KINDS: Readonly<Record<ContentKind, { readonly dir: string; readonly ext: '.mdx' | '.yaml'; readonly file?: string }>> = {
	article: { dir: 'content/articles', ext: '.mdx' },
	explainer: { dir: 'content/explainers', ext: '.mdx' },
	glossary: { dir: 'content/glossary', ext: '.yaml' },
	timeline: { dir: 'content/timeline', ext: '.yaml' },
	figure: { dir: 'content/figures', ext: '.yaml' },
	reference: { dir: 'content/references', ext: '.yaml' },
	comparison: { dir: 'content', ext: '.yaml', file: 'comparison.yaml' },
};

/** The names in a folder, sorted; none when it does not exist. */
export function namesIn(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Every file under a folder and its subfolders, as full paths, in a stable order. */
export function walkFiles(dir: string): string[] {
	return namesIn(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walkFiles(path) : [path];
	});
}

/** When a file last changed, in ms since the epoch; `Infinity` for a file that is gone (its deletion is the newest change). */
export function modifiedAt(path: string): number {
	return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
}

/**
 * An entry's id with its locale folder, from its path under its kind's folder: the path without
 * the extension (`es/models/index.mdx` is `es/models/index`). Astro's collections take it as it
 * is (`checkedGlob`); the content layer splits the locale off (`splitLocaleId`): one id for both.
 */
export function pathId(path: string): string {
	return path.replace(/\.[^./]+$/, '');
}

/** Every content file under `root`, in a stable order. */
export function listContentFiles(root: string): ContentFile[] {
	const files: ContentFile[] = [];
	for (const [kind, { dir, ext, file: only }] of Object.entries(KINDS) as [ContentKind, (typeof KINDS)[ContentKind]][]) {
		const paths = only ? [join(root, dir, only)].filter((p) => existsSync(p)) : walkFiles(join(root, dir));
		for (const path of paths) {
			if (!path.endsWith(ext)) continue;
			const file = relative(root, path).split('\\').join('/');
			const { locale, id } = splitLocaleId(pathId(file.slice(dir.length + 1)));
			files.push({ kind, file, id, locale });
		}
	}
	return files;
}

/** Address of an explainer from its id: `models/index` is `/models/`, `history` is `/history/`. */
export function explainerPath(id: string): string {
	const path = id.replace(/(^|\/)index$/, '');
	return path === '' ? '/' : `/${path}/`;
}

/**
 * The page each content entry appears on, without the base path. One table for the whole site,
 * so that links, backlinks and the sitemap agree.
 */
export function entryPath(kind: ContentKind, id: string): string {
	switch (kind) {
		case 'article':
			return `/sources/${id}/`;
		case 'explainer':
			return id === 'home' ? '/' : explainerPath(id);
		case 'glossary':
			return `/glossary/#${id}`;
		case 'timeline':
			return `/timeline/#${id}`;
		case 'figure':
			return `/figures/#${id}`;
		case 'comparison':
			return '/models/#compare';
		case 'reference':
			return `/sources/#ref-${id}`;
	}
}
