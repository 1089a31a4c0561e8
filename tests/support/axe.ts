import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the bar the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Loads axe-core into every page of `context` as the page starts, before its own scripts: for a
 * context that visits many pages, cheaper than adding it to each page afterwards (about half the
 * time). Run by the browser for the test, not added as a `<script>`: the page's
 * Content-Security-Policy would refuse that.
 */
export async function withAxe(context: BrowserContext): Promise<BrowserContext> {
	await context.addInitScript({ content: AXE_SOURCE });
	return context;
}

/** Runs axe-core in the page as it stands (loading it first, unless `withAxe` did) and returns its violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const results = (await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			}),
		[...WCAG_TAGS],
	)) as AxeResults;
	return results.violations;
}

/** Violations as readable lines: rule, impact, what to do, and each element with its problem. */
export function formatViolations(violations: readonly Result[]): string {
	return violations
		.map((v) => {
			const nodes = v.nodes.map((n) => {
				const summary = (n.failureSummary ?? '')
					.split('\n')
					.map((l) => `        ${l.trim()}`)
					.join('\n');
				return `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n${summary}`;
			});
			return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    fix: ${v.helpUrl}\n${nodes.join('\n')}`;
		})
		.join('\n');
}
