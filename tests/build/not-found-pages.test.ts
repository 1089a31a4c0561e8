import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFoundRules } from '../../src/publish/publish-redirects.ts';
import { SITE } from '../support/config.ts';
import { DIST } from '../support/dist.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

/**
 * Unknown addresses get the "page not found" of their edition, with status 404: the Spanish one
 * under /es/ (by the rule of dist/_redirects, which Netlify reads, and the test server follows),
 * the English one elsewhere.
 */
const { base: BASE } = SITE;

describe('dist/_redirects', () => {
	it('sends every unknown address under /es/ to the built Spanish 404 page, with status 404, under the base path', () => {
		const rules = notFoundRules(readFileSync(join(DIST, '_redirects'), 'utf8'));
		expect(rules).toEqual([{ from: `${BASE}es/*`, to: `${BASE}es/404/index.html` }]);
		const file = join(DIST, rules[0]!.to.slice(BASE.length));
		expect(existsSync(file), file).toBe(true);
		expect(select('html', fromHtml(readFileSync(file, 'utf8')))?.properties['lang']).toBe('es');
	});

	it('is also dist/es/404.html, the nearest 404.html that Cloudflare Pages serves under /es/', () => {
		expect(readFileSync(join(DIST, 'es/404.html'), 'utf8')).toBe(readFileSync(join(DIST, 'es/404/index.html'), 'utf8'));
	});
});

describe('an unknown address, served as a host serves dist/', () => {
	let site: StaticSite;
	beforeAll(async () => {
		site = await serveStatic(DIST, BASE);
	});
	afterAll(() => site?.close());

	const get = async (path: string) => {
		const response = await fetch(site.url + path);
		const tree = fromHtml(await response.text());
		return { status: response.status, lang: select('html', tree)?.properties['lang'], robots: select('meta[name="robots"]', tree)?.properties['content'] };
	};

	it.each(['es/no-such-page/', 'es/sources/no-such-source/', 'es/no-such-file.html'])('/%s gets the Spanish 404 page with status 404', async (path) => {
		expect(await get(path)).toEqual({ status: 404, lang: 'es', robots: 'noindex' });
	});

	it.each(['no-such-page/', 'esperanza/', 'sources/no-such-source/'])('/%s gets the English 404 page with status 404', async (path) => {
		expect(await get(path)).toEqual({ status: 404, lang: 'en', robots: 'noindex' });
	});

	it('the rule does not hide the Spanish pages themselves', async () => {
		expect(await get('es/history/')).toMatchObject({ status: 200, lang: 'es' });
		expect(await get('es/')).toMatchObject({ status: 200, lang: 'es' });
	});
});
