import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../support/csp.ts';
import { DIST, htmlFiles, page } from '../support/dist.ts';

const policyOf = (file: string): string => {
	const meta = select('meta[http-equiv="content-security-policy"]', page(file));
	return String(meta?.properties['content'] ?? '');
};

/**
 * The Content-Security-Policy of the built site (README, Security): on every page, strict, and
 * allowing exactly the inline scripts and styles the pages hold; and `dist/_headers` for hosts
 * that read it. What the policy does in a browser is tested in tests/e2e/csp.test.ts.
 */
describe('the Content-Security-Policy of every built page', () => {
	const files = htmlFiles();

	it.each(files)('%s carries the strict policy', (file) => {
		const policy = parsePolicy(policyOf(file));
		const scripts = policy.get('script-src') ?? [];
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		expect(policy.get('default-src')).toEqual(["'self'"]);
	});

	it.each(files)('%s: every inline script and style it holds has its hash in the policy', (file) => {
		const tree = page(file);
		const policy = parsePolicy(policyOf(file));
		const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		// Data blocks (JSON-LD, Pagefind's template) are not run, so the policy does not cover them.
		const code = selectAll('script:not([src]):not([type="application/ld+json"]):not([type="text/pagefind-template"])', tree).map((s) => toString(s));
		const missing = code.filter((c) => !(policy.get('script-src') ?? []).includes(hash(c))).map((c) => c.slice(0, 60));
		expect(missing).toEqual([]);
		const styles = selectAll('style', tree).map((s) => toString(s));
		expect(styles.filter((c) => !(policy.get('style-src') ?? []).includes(hash(c))).map((c) => c.slice(0, 60))).toEqual([]);
	});
});

describe('dist/_headers', () => {
	const headers = readFileSync(join(DIST, '_headers'), 'utf8');
	const rules = new Map(
		headers
			.trim()
			.split(/\n\n/)
			.map((block) => {
				const [path, ...lines] = block.split('\n');
				return [
					path!,
					new Map(
						lines.map(
							(l) =>
								l
									.trim()
									.split(/: (.*)/s)
									.slice(0, 2) as [string, string],
						),
					),
				] as const;
			}),
	);

	it("sends one policy for the whole site: every page's directives and sources, frame-ancestors, nosniff, the referrer policy", () => {
		const site = rules.get('/*')!;
		const header = parsePolicy(site.get('Content-Security-Policy') ?? '');
		for (const file of htmlFiles()) {
			for (const [name, sources] of parsePolicy(policyOf(file))) expect(header.get(name), `${file}: ${name}`).toEqual(expect.arrayContaining(sources));
		}
		// Nothing beyond the pages' own sources: the header is no looser than the pages.
		const all = new Set(htmlFiles().flatMap((f) => [...parsePolicy(policyOf(f))].flatMap(([n, sources]) => sources.map((s) => `${n} ${s}`))));
		const extra = [...header].flatMap(([n, sources]) => sources.map((s) => `${n} ${s}`)).filter((d) => !all.has(d));
		expect(extra).toEqual(["frame-ancestors 'none'"]);
		expect(site.get('X-Content-Type-Options')).toBe('nosniff');
		expect(site.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
	});

	it("caches hashed files for a year: Astro's bundles and Pagefind's index chunks", () => {
		for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']) {
			expect(rules.get(path)?.get('Cache-Control'), path).toBe('public, max-age=31536000, immutable');
		}
	});
});
