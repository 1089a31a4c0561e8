import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../corpus/problems.ts';
import { explainerPath, type ContentFile } from '../content-layer/files.ts';

/** Folders the build writes beside the pages: an explainer there would be overwritten. */
const BUILD_FOLDERS = ['_astro', 'pagefind'];

/**
 * The first segments of the addresses the site's own pages take (`timeline`, `glossary`, `404`…),
 * read from `src/pages`: every file or folder except the catch-all route of explainers.
 */
export function reservedSegments(root: string): Set<string> {
	const dir = join(root, 'src/pages');
	const names = existsSync(dir) ? readdirSync(dir) : [];
	return new Set([...BUILD_FOLDERS, ...names.filter((n) => !n.startsWith('[') && !/^index\./.test(n)).map((n) => n.replace(/\.(astro|ts|js|md|mdx)$/, ''))]);
}

/**
 * Explainers whose address falls under one of the site's own pages. Astro gives the fixed page
 * priority and drops the explainer without a word, so the check says so instead.
 *
 * In:  content/explainers/timeline.mdx  (address /timeline/, the timeline page's)
 * Out: content/explainers/timeline.mdx  has the address /timeline/, which belongs to a page of the site …
 */
export function reservedAddressProblems(files: readonly ContentFile[], reserved: ReadonlySet<string>): Problem[] {
	return files
		.filter((f) => f.kind === 'explainer' && f.id !== 'home')
		.flatMap((f) => {
			const path = explainerPath(f.id);
			const segment = path.split('/')[1] ?? '';
			if (!reserved.has(segment)) return [];
			return [
				{
					file: f.file,
					message: `has the address ${path}, which belongs to a page of the site (/${segment}/), so it would never be shown. Rename the file, e.g. content/explainers/${segment}-explained.mdx.`,
				},
			];
		});
}
