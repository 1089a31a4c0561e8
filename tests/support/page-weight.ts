import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { page } from './dist.ts';

/** Gzip-compressed bytes of what one page loads before anyone interacts with it. */
export interface PageWeight {
	readonly html: number;
	/** Stylesheets linked from the page plus inline `<style>`. */
	readonly css: number;
	/** Scripts loaded by the page plus inline scripts (data blocks such as JSON-LD excluded). */
	readonly js: number;
	/** What the JavaScript is: file names and `inline`, for a failure message. */
	readonly scripts: readonly string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

// A script element whose type is absent or a JavaScript MIME type runs; others are data.
const runs = (s: Element) => {
	const type = String(s.properties['type'] ?? '');
	return type === '' || type === 'module' || type === 'text/javascript';
};

/**
 * The weight of a built page (`sources/x/index.html`), each asset counted as a browser would
 * fetch it, compressed. `base` maps `/287g/_astro/x.css` back to `dist/_astro/x.css`.
 */
export function pageWeight(file: string, dist: string, base = '/'): PageWeight {
	const html = readFileSync(join(dist, file));
	const tree = page(file, dist);
	const local = (href: string) => join(dist, new URL(href, 'http://x' + base).pathname.slice(base.length));
	const stylesheets = selectAll('link[rel~="stylesheet"]', tree).map((l) => readFileSync(local(String(l.properties['href']))));
	const styles = selectAll('style', tree).map((s) => toString(s));
	const scripts = selectAll('script', tree).filter(runs);
	const code = scripts.map((s) => (s.properties['src'] ? readFileSync(local(String(s.properties['src']))) : toString(s)));
	return {
		html: gz(html),
		css: gz(Buffer.concat([...stylesheets, ...styles.map((s) => Buffer.from(s))])),
		js: code.length === 0 ? 0 : gz(Buffer.concat(code.map((c) => Buffer.from(c)))),
		scripts: scripts.map((s) => String(s.properties['src'] ?? 'inline')),
	};
}
