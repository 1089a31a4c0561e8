import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { perRootCache } from '../lib/per-root-cache.ts';
import { modifiedAt } from '../content-layer/files.ts';
import { checkContent, type ContentReport } from './check-content.ts';
import { projectRoot } from '../lib/project-root.ts';

/** A report, and the modification time of each file as it was read for it. */
interface KeptReport {
	readonly report: ContentReport;
	readonly read: ReadonlyMap<string, number>;
}

// One report per project root and process: the build hook, the Markdown plugins and the pages
// all read the same checked content. In dev, a change of content drops it (`contentChanged`).
const reports = perRootCache<KeptReport>('content-report', (root) => {
	const read = new Map<string, number>();
	const report = checkContent(root, (path) => {
		read.set(resolve(path), modifiedAt(path));
		return readFileSync(path);
	});
	return { report, read };
});

/** Whether a report read `path` as it is now: a file it did not read (a new one) or one changed or deleted since is news to it. */
function knows(kept: KeptReport, path: string): boolean {
	return kept.read.get(resolve(path)) === modifiedAt(path);
}

/** The checked content of the project at `root` (by default the project Astro's config names). */
export function getContentReport(root: string = projectRoot()): ContentReport {
	return reports.get(root).report;
}

/**
 * The checked content, read again first if `file` changed since the kept report read it: for a
 * loader that meets a file changed so recently that the watcher below has not said so yet. The
 * watcher then keeps this newer report.
 */
export function contentReportWith(file: string, root: string = projectRoot()): ContentReport {
	if (!knows(reports.get(root), file)) reports.forget();
	return getContentReport(root);
}

/** What runs after a change of content, by name (on `globalThis`, for the same reason as the cache). */
const LISTENERS = Symbol.for('287g-explained.content-listeners');
function listeners(): Map<string, () => void> {
	const store = globalThis as Record<symbol, Map<string, () => void> | undefined>;
	return (store[LISTENERS] ??= new Map());
}

/**
 * Calls `listener` after each change of content that `astro dev` sees (`contentChanged`). A second
 * listener of the same name replaces the first: a loader that runs again does not listen twice.
 */
export function onContentChange(name: string, listener: () => void): void {
	listeners().set(name, listener);
}

/**
 * Content files changed (`astro dev`'s one watcher, in the content-checks integration, says so;
 * all of them when `paths` is not given). A kept report that read them as they are now (a loader
 * asked for it after the change) is kept; otherwise it is dropped. Then each listener is told, so
 * that the content is checked once per change whoever asks for it first.
 */
export function contentChanged(paths?: Iterable<string>): void {
	const changed = paths && [...paths];
	const current = changed !== undefined && [...reports.values()].every((kept) => changed.every((path) => knows(kept, path)));
	if (!current) reports.forget();
	for (const listener of listeners().values()) listener();
}
