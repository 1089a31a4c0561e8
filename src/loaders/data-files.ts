import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { getContentReport, onContentChange } from '../checks/report-cache.ts';
import type { ContentKind } from '../content-layer/files.ts';

/**
 * A collection of data files (`glossary`, `timeline`, `figure`, `comparison`) from the content
 * layer: the YAML the checks have read and parsed already, validated by the collection's schema.
 * No file is read or parsed a second time. A file the checks reported a problem in is left out
 * until it is fixed (the build has stopped on it already; `astro dev` prints it once, from the
 * checks, and not again as a loader error with a stack trace). In `astro dev` the collection is
 * filled again after each change of content, from the report checked once for it.
 */
export function dataFiles(kind: Exclude<ContentKind, 'article' | 'explainer'>): Loader {
	return {
		name: `287g-explained:data-files:${kind}`,
		load: async ({ store, config, parseData, generateDigest }) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const report = getContentReport(root);
				const reported = new Set(report.problems.map((p) => p.file));
				store.clear();
				for (const file of report.content.files) {
					if (file.kind !== kind || file.format !== 'yaml' || reported.has(file.file)) continue;
					const data = await parseData({ id: file.id, data: file.yaml.data as Record<string, unknown>, filePath: file.file });
					store.set({ id: file.id, data, digest: generateDigest(file.text), filePath: file.file });
				}
			};
			await sync();
			onContentChange(`data-files:${kind}`, () => void sync());
		},
	};
}
