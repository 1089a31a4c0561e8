import { resolve } from 'node:path';
import { checkContent, type ContentReport } from './check-content.ts';

// One report per project root and process: the build hook, the Markdown plugins and the pages
// all read the same checked content. In dev, `forgetContentReport` drops it when files change.
const KEY = Symbol.for('287g-explained.content-report');
type Cache = Map<string, ContentReport>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[KEY] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[KEY] = cache;

/** The checked content of the project at `root` (the working directory by default). */
export function getContentReport(root: string = process.cwd()): ContentReport {
	// `/site/` (from config.root) and `/site` (the working directory) are one project: one key,
	// or the whole check runs twice per build.
	const key = resolve(root);
	let report = cache.get(key);
	if (!report) {
		report = checkContent(key);
		cache.set(key, report);
	}
	return report;
}

export function forgetContentReport(): void {
	cache.clear();
}
