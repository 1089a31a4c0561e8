import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { contentReportWith } from '../checks/report-cache.ts';
import { pathId } from '../content-layer/files.ts';

/**
 * Astro's `glob()` loader, less one copy of each content problem. The content checks report a
 * file whose fields are wrong (with its line and column) and stop the build; in `astro dev` the
 * loader would report it again, as an `InvalidContentEntryDataError` with a stack trace. An
 * entry the checks have already reported is left out of its collection instead, until it is
 * fixed; an error the checks did not report is Astro's to show, as before.
 * Entry ids are the content layer's (`pathId`: `models/index`, `es/history`), not Astro's slugs.
 */
export function checkedGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob({ generateId: ({ entry }) => pathId(entry), ...options });
	return {
		...inner,
		load: (context: LoaderContext) => {
			const root = fileURLToPath(context.config.root);
			const reported = new Set<string>();
			const parseData: LoaderContext['parseData'] = async (props) => {
				try {
					return await context.parseData(props);
				} catch (error) {
					if (!props.filePath) throw error;
					const path = resolve(root, props.filePath);
					const file = relative(root, path).split('\\').join('/');
					// In dev the file may have changed since the kept report read it: read it again then.
					if (!contentReportWith(path, root).problems.some((p) => p.file === file)) throw error;
					reported.add(props.id);
					return props.data as never;
				}
			};
			const store = new Proxy(context.store, {
				get(target, property) {
					if (property === 'set') {
						return (entry: Parameters<typeof target.set>[0]) => {
							if (!reported.delete(entry.id)) return target.set(entry);
							target.delete(entry.id);
							return false;
						};
					}
					const value = Reflect.get(target, property, target) as unknown;
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			return inner.load({ ...context, parseData, store });
		},
	};
}
