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
