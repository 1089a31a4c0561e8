import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Folders that builds write into node_modules: Astro's and Vite's caches. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives a temporary project the packages of `from` without sharing its caches: a real
 * `node_modules` folder whose entries are links to those of `from`. Linking the folder itself
 * would make every temporary build read and write the same `node_modules/.astro` data store.
 */
export function linkNodeModules(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		if (CACHES.has(name)) continue;
		symlinkSync(join(from, name), join(to, name), 'dir');
	}
}
