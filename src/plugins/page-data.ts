import type { VFile } from 'vfile';
import type { ReferenceItem } from '../corpus/reference-list.ts';
import type { PlacedNote } from '../corpus/source-text.ts';

/** What the site's plugins hand to the page that renders an MDX file, beside its frontmatter. */
export interface PageData {
	/** The page's numbered references (`rehype-citations`). */
	readonly references: readonly ReferenceItem[];
	/** An article's context notes, for the source page to place beside their passages (`rehype-citations`). */
	readonly notes: readonly PlacedNote[];
	/** The ids of the glossary terms the page has linked (`remark-glossary-links`). */
	readonly glossaryLinks: readonly string[];
}

declare module 'vfile' {
	interface DataMap {
		/** The site's data for the page, typed: see `PageData`. */
		page: Partial<PageData>;
	}
}

/** Where `render()`'s `remarkPluginFrontmatter` carries it (beside the file's own frontmatter fields). */
const KEY = 'pageData';

/**
 * Hands a value to the page: typed in `file.data.page` (vfile's `DataMap`, as the unified
 * ecosystem does), and in Astro's frontmatter of the file, which `render()` gives the page.
 */
export function setPageData<K extends keyof PageData>(file: VFile, key: K, value: PageData[K]): void {
	file.data.page = { ...file.data.page, [key]: value };
	file.data.astro ??= {};
	file.data.astro.frontmatter = { ...file.data.astro.frontmatter, [KEY]: file.data.page };
}

/**
 * What the plugins handed to a page, from `render()`'s `remarkPluginFrontmatter`: the one place
 * it is read and typed, so that pages hold no casts.
 *
 * In:  `(await render(entry)).remarkPluginFrontmatter`
 * Out: `{ references: [...], notes: [], glossaryLinks: ['detainer'] }`
 */
export function pageData(frontmatter: Record<string, unknown> | undefined): PageData {
	const data = (frontmatter?.[KEY] ?? {}) as Partial<PageData>;
	return { references: data.references ?? [], notes: data.notes ?? [], glossaryLinks: data.glossaryLinks ?? [] };
}
