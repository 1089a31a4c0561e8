import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';
import { SITE } from '../support/config.ts';
import { checkLinks, formatLinkProblems } from '../support/links.ts';

describe('links of the real site', () => {
	it('every internal link resolves to a file in dist/, and every #anchor to an id on its page', () => {
		expect(htmlFiles().length).toBeGreaterThan(10);
		const problems = checkLinks({ dist: DIST, base: SITE.base, site: SITE.url });
		expect(formatLinkProblems(problems), `${problems.length} broken links`).toBe('');
	});
});
