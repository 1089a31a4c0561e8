import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { forgetContentReport, getContentReport } from '../checks/report-cache.ts';
import { ContentError } from '../corpus/problems.ts';

/**
 * The `sources` collection: one entry per `seeds/*.txt`, decoded, split into paragraphs, with
 * boilerplate marked and a digest of the bytes. The seeds come from the content checks' report,
 * which has read and parsed them already (parsing 1,000 seeds twice costs half a second). A
 * file that cannot be read stops the build, and all such files are reported together.
 */
export function seedsLoader(): Loader {
	return {
		name: '287g-explained:seeds',
		load: async ({ store, config, logger, parseData, watcher }) => {
			const root = fileURLToPath(config.root);
			const folder = fileURLToPath(new URL('seeds/', config.root));
			const sync = async () => {
				const { corpus, problems } = getContentReport(root);
				const unreadable = problems.filter((p) => p.file.startsWith('seeds/'));
				if (unreadable.length > 0) throw new ContentError(unreadable);
				store.clear();
				for (const { seed } of corpus.seeds) {
					for (const warning of seed.warnings) logger.warn(`seeds/${seed.file}: ${warning}`);
					const data = await parseData({ id: seed.id, data: { ...seed } });
					store.set({ id: seed.id, data, digest: seed.digest, filePath: `seeds/${seed.file}` });
				}
			};
			await sync();
			watcher?.add(folder);
			watcher?.on('all', (_event, path) => {
				if (!path.startsWith(folder)) return;
				forgetContentReport();
				sync().catch((e: Error) => logger.error(e.message));
			});
		},
	};
}
