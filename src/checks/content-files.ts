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

const DIRS: readonly [ContentKind, string, string][] = [
	['article', 'content/articles', '.mdx'],
	['explainer', 'content/explainers', '.mdx'],
	['glossary', 'content/glossary', '.yaml'],
	['timeline', 'content/timeline', '.yaml'],
	['figure', 'content/figures', '.yaml'],
	['reference', 'content/references', '.yaml'],
];

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : [path];
		});
}

/** Every content file under `root`, in a stable order. */
export function listContentFiles(root: string): ContentFile[] {
	const files: ContentFile[] = [];
	for (const [kind, dir, ext] of DIRS) {
		for (const path of walk(join(root, dir))) {
			if (!path.endsWith(ext)) continue;
			const file = relative(root, path).split('\\').join('/');
			const { locale, id } = splitLocaleId(file.slice(dir.length + 1, -ext.length));
			files.push({ kind, file, id, locale });
		}
	}
	if (existsSync(join(root, 'content/comparison.yaml'))) {
		files.push({ kind: 'comparison', file: 'content/comparison.yaml', id: 'comparison', locale: 'en' });
	}
	return files;
}

/** Address of an explainer from its id: `models/index` is `/models/`, `history` is `/history/`. */
export function explainerPath(id: string): string {
	const path = id.replace(/(^|\/)index$/, '');
	return path === '' ? '/' : `/${path}/`;
}
