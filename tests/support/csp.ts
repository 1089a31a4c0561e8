import type { BrowserContext, Page } from 'playwright-core';

/** One Content-Security-Policy violation as the page reported it. */
export interface Violation {
	readonly page: string;
	readonly directive: string;
	readonly blocked: string;
	readonly sample: string;
}

/**
 * Records every `securitypolicyviolation` event of every page of a browser context, from the
 * first script on (an init script runs before the page's own). Read them with `violations()`.
 */
export async function recordViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const seen: unknown[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (e) => {
			seen.push({ page: location.pathname, directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
		});
	});
}

/** The violations a page recorded so far (see `recordViolations`). */
export function violations(page: Page): Promise<Violation[]> {
	return page.evaluate(() => [...((window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? [])]);
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources]),
	);
}
