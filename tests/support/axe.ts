import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule tags the site is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Runs axe-core in the page and returns its violations as "rule: html of the first nodes". */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: AXE_SOURCE });
	return (await page.evaluate(`axe.run(document, { runOnly: ${JSON.stringify(WCAG_TAGS)} }).then((r) =>
		r.violations.map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)).join(' | ')))`)) as string[];
}
