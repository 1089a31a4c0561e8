import { describe, expect, it } from 'vitest';
import { notFoundCandidates, notFoundPageFor, notFoundRules, publishRedirects } from '../../src/publish/publish-redirects.ts';

const SPANISH = { folder: 'es', file: 'es/404/index.html' };

describe('publishRedirects', () => {
	it("sends unknown addresses under a translation's folder to its 404 page, with status 404", () => {
		const text = publishRedirects([SPANISH], '/');
		expect(text.endsWith('\n')).toBe(true);
		expect(notFoundRules(text)).toEqual([{ from: '/es/*', to: '/es/404/index.html' }]);
		expect(text.split('\n')).toContain('/es/*  /es/404/index.html  404');
	});

	it('puts the base path in front of both addresses of a rule', () => {
		expect(publishRedirects([SPANISH], '/287g/').split('\n')).toContain('/287g/es/*  /287g/es/404/index.html  404');
		expect(publishRedirects([SPANISH], '/287g').split('\n')).toContain('/287g/es/*  /287g/es/404/index.html  404');
	});

	it('writes one rule per translation, and only comments for none', () => {
		expect(notFoundRules(publishRedirects([SPANISH, { folder: 'fr', file: 'fr/404.html' }], '/'))).toEqual([
			{ from: '/es/*', to: '/es/404/index.html' },
			{ from: '/fr/*', to: '/fr/404.html' },
		]);
		expect(notFoundRules(publishRedirects([], '/'))).toEqual([]);
	});

	it("looks for a translation's 404 page where Astro builds it", () => {
		expect(notFoundCandidates('es')).toEqual(['es/404/index.html', 'es/404.html']);
	});
});

describe('notFoundRules and notFoundPageFor', () => {
	const rules = notFoundRules('# comment\n/es/*  /es/404/index.html  404\n/old/  /new/  301\n/exact/  /gone.html  404\n\n');

	it('reads only the rules of status 404, skipping comments and other rules', () => {
		expect(rules).toEqual([
			{ from: '/es/*', to: '/es/404/index.html' },
			{ from: '/exact/', to: '/gone.html' },
		]);
	});

	it('matches a splat as any rest of the address, and other patterns exactly', () => {
		expect(notFoundPageFor(rules, '/es/no-such-page/')).toBe('/es/404/index.html');
		expect(notFoundPageFor(rules, '/es/sources/nothing/here/')).toBe('/es/404/index.html');
		expect(notFoundPageFor(rules, '/exact/')).toBe('/gone.html');
		expect(notFoundPageFor(rules, '/exact/more/')).toBeUndefined();
		expect(notFoundPageFor(rules, '/no-such-page/')).toBeUndefined();
		expect(notFoundPageFor(rules, '/esperanto/')).toBeUndefined();
	});
});
