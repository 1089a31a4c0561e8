import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../corpus/problems.ts';
import { readSeeds } from '../corpus/read-seeds.ts';

/**
 * The `sources` collection: one entry per `seeds/*.txt`, decoded, split into paragraphs, with
 * boilerplate marked and a digest of the bytes. A file that cannot be read stops the build, and
 * all such files are reported together.
 */
export function seedsLoader(options: { dir?: string } = {}): Loader {
	const dir = options.dir ?? 'seeds';
	return {
		name: '287g-explained:seeds',
		load: async ({ store, config, logger, parseData, watcher }) => {
			const folder = new URL(`${dir}/`, config.root);
			const sync = async () => {
				const { seeds, problems } = readSeeds(fileURLToPath(folder), dir);
				if (problems.length > 0) throw new ContentError(problems);
				store.clear();
				for (const seed of seeds) {
					for (const warning of seed.warnings) logger.warn(`${dir}/${seed.file}: ${warning}`);
					const data = await parseData({ id: seed.id, data: { ...seed } });
					store.set({ id: seed.id, data, digest: seed.digest, filePath: `${dir}/${seed.file}` });
				}
			};
			await sync();
			watcher?.add(fileURLToPath(folder));
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(fileURLToPath(folder))) sync().catch((e: Error) => logger.error(e.message));
			});
		},
	};
}
