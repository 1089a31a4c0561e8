import { perRootCache } from '../lib/per-root-cache.ts';
import { checkContent, type ContentReport } from './check-content.ts';
import { projectRoot } from '../lib/project-root.ts';

// One report per project root and process: the build hook, the Markdown plugins and the pages
// all read the same checked content. In dev, `forgetContentReport` drops it when files change.
const reports = perRootCache<ContentReport>('content-report', checkContent);

/** The checked content of the project at `root` (by default the project Astro's config names). */
export function getContentReport(root: string = projectRoot()): ContentReport {
	return reports.get(root);
}

export function forgetContentReport(): void {
	reports.forget();
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
 * Content files changed (`astro dev`'s one watcher, in the content-checks integration, says so):
 * the kept report is dropped, and each listener told, so that the content is checked once per
 * change whoever asks for it first.
 */
export function contentChanged(): void {
	reports.forget();
	for (const listener of listeners().values()) listener();
}
