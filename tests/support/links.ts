import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { htmlFiles, page } from './dist.ts';

export interface LinkCheckOptions {
	/** The built site. */
	readonly dist: string;
	/** Its base path, e.g. `/` or `/287g/`. */
	readonly base: string;
	/** Its public origin (`site` in astro.config.mjs): absolute links to it are internal. */
	readonly site: string;
}

export interface LinkProblem {
	/** The page holding the link, as a dist file (`sources/x/index.html`). */
	readonly page: string;
	readonly href: string;
	/** Which element and attribute, e.g. `<a href>`. */
	readonly where: string;
	readonly problem: string;
}

// Attributes that load or link to an address; `content` only on the Open Graph tags below.
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'] as const;
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

/** Every address a page refers to, with the element that holds it. */
function addresses(tree: Root): { href: string; element: Element; attribute: string }[] {
	const found: { href: string; element: Element; attribute: string }[] = [];
	visit(tree, 'element', (element) => {
		for (const attribute of URL_ATTRIBUTES) {
			const value = element.properties[attribute];
			if (typeof value === 'string') found.push({ href: value, element, attribute });
		}
		const property = element.properties['property'];
		if (element.tagName === 'meta' && typeof property === 'string' && URL_META.has(property)) {
			found.push({ href: String(element.properties['content'] ?? ''), element, attribute: 'content' });
		}
	});
	return found;
}

/** The ids (and legacy `<a name>`) a page can be scrolled to. */
function anchorsOf(tree: Root): Set<string> {
	const ids = new Set<string>(['top']);
	visit(tree, 'element', (element) => {
		const id = element.properties['id'];
		if (typeof id === 'string') ids.add(id);
		const name = element.properties['name'];
		if (element.tagName === 'a' && typeof name === 'string') ids.add(name);
	});
	return ids;
}

/** The address a dist file is served at, relative to the base (`sources/x/`, `404.html`). */
function servedPath(file: string): string {
	return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** `#p-3:~:text=a,b` → `p-3`: a text directive is for the browser, not an element id. */
export function fragmentId(hash: string): string {
	const fragment = hash.replace(/^#/, '').split(':~:')[0] ?? '';
	return decodeURIComponent(fragment);
}

/**
 * Checks every address in every page of a built site: internal ones must stay under the base
 * path and resolve to a file, `#anchors` to an element id of the target page, and external
 * links that open a new tab must carry `rel="noopener"`.
 */
export function checkLinks(options: LinkCheckOptions): LinkProblem[] {
	const { dist, base } = options;
	const origin = new URL(options.site).origin;
	const trees = new Map<string, Root>();
	const tree = (file: string) => trees.get(file) ?? trees.set(file, page(file, dist)).get(file)!;
	const anchors = new Map<string, Set<string>>();
	const problems: LinkProblem[] = [];

	for (const file of htmlFiles(dist)) {
		const pageUrl = new URL(base + servedPath(file), origin);
		for (const { href, element, attribute } of addresses(tree(file))) {
			const report = (problem: string) => problems.push({ page: file, href, where: `<${element.tagName} ${attribute}>`, problem });
			let url: URL;
			try {
				url = new URL(href, pageUrl);
			} catch {
				report('not a valid address');
				continue;
			}
			if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
			if (url.origin !== origin) {
				const rel = String(element.properties['rel'] ?? '').split(/[\s,]+/);
				if (element.properties['target'] === '_blank' && !rel.includes('noopener')) {
					report('opens a new tab without rel="noopener"; add rel="noopener"');
				}
				continue;
			}
			if (!url.pathname.startsWith(base)) {
				report(`points outside the base path ${base}; build the address with withBase(path, import.meta.env.BASE_URL)`);
				continue;
			}
			const path = decodeURIComponent(url.pathname.slice(base.length));
			const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
			if (!existsSync(join(dist, target)) || statSync(join(dist, target)).isDirectory()) {
				const isDir = existsSync(join(dist, path, 'index.html'));
				report(isDir ? `needs a trailing slash: ${base}${path}/` : `no such page or file in dist (${target})`);
				continue;
			}
			const id = fragmentId(url.hash);
			if (!id || !target.endsWith('.html')) continue;
			const ids = anchors.get(target) ?? anchors.set(target, anchorsOf(tree(target))).get(target)!;
			if (!ids.has(id)) report(`no element with id="${id}" on ${target}`);
		}
	}
	return problems;
}

/** Problems grouped by page, each link once with its count, for a failing test's message. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
	const byPage = Map.groupBy(problems, (p) => p.page);
	return [...byPage]
		.map(([file, list]) => {
			const byLink = Map.groupBy(list, (p) => `  ${p.where} ${p.href}\n    ${p.problem}`);
			return [file, ...[...byLink].map(([line, same]) => (same.length > 1 ? `${line} (${same.length} times)` : line))].join('\n');
		})
		.join('\n');
}
