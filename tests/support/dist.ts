import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The built site of the project under test. */
export const DIST = join(process.cwd(), 'dist');

/** What the test run's build of the real site printed (not written when SKIP_BUILD reuses dist/). */
export const BUILD_LOG = join(process.cwd(), 'node_modules/.cache/287g-explained/build.log');

/** Every HTML file of a built site, as paths relative to it (e.g. `sources/x/index.html`). */
export function htmlFiles(dist = DIST): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
			return name.endsWith('.html') ? [relative(dist, path)] : [];
		});
	return existsSync(dist) ? walk(dist).sort() : [];
}

/** A built page parsed as a hast tree, by its address (`/sources/x/`) or file path. */
export function page(path: string, dist = DIST): Root {
	const file = path.endsWith('.html') ? path : join(path.replace(/^\//, ''), 'index.html');
	return fromHtml(readFileSync(join(dist, file), 'utf8'));
}

/** Whether a dist file is a "page not found" page: `404.html`, or a translation's, `es/404/index.html` and its copy `es/404.html`. */
export function isNotFoundPage(file: string): boolean {
	return /^(?:[a-z]{2}\/)?404(?:\.html|\/index\.html)$/.test(file);
}

/** The language a dist file is in, by its folder: `es/history/index.html` is Spanish. */
export function languageOfFile(file: string): string {
	return /^es\//.test(file) ? 'es' : 'en';
}
