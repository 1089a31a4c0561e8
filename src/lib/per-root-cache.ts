import { resolve } from 'node:path';

/**
 * A value computed once per project root and process. It is kept on `globalThis`, so that the
 * module graphs Astro loads separately (the config and its integrations, the Markdown plugins,
 * the pages) share one copy. `/site/` (from config.root) and `/site` (the working directory) are
 * one project: roots are resolved, or the work would run twice per build.
 */
export function perRootCache<T>(name: string, compute: (root: string) => T): { get(root?: string): T; values(): Iterable<T>; forget(): void } {
	const key = Symbol.for(`287g-explained.${name}`);
	const store = globalThis as Record<symbol, unknown>;
	const cache = (store[key] as Map<string, T> | undefined) ?? new Map<string, T>();
	store[key] = cache;
	return {
		get(root = process.cwd()) {
			const at = resolve(root);
			if (!cache.has(at)) cache.set(at, compute(at));
			return cache.get(at)!;
		},
		values: () => cache.values(),
		forget: () => cache.clear(),
	};
}
