/**
 * `npm run screenshots`: full-page pictures of the main pages of the built site, at phone
 * (390 px) and desktop (1280 px) widths, in light and dark themes, written to `screenshots/`
 * for reviewers. Run `npm run build` first.
 *
 *   npm run screenshots                         the main pages
 *   npm run screenshots -- "sources/,glossary/"  these pages (paths under the site's base)
 *   npm run screenshots -- --all                every page of the sitemap, and the 404 page
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { sitemapPaths } from '../tests/support/sitemap.ts';

const root = process.cwd();
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No built site in dist/. Run `npm run build` first.');
	process.exit(1);
}

const MAIN_PAGES = [
	'',
	'what-is-287g/',
	'models/',
	'models/task-force/',
	'history/',
	'timeline/',
	'figures/',
	'glossary/',
	'sources/',
	'sources/ice-1000-police-departments/',
	'sources/operation-safe-city/',
	'search/?q=tidal+wave',
	'no-such-page/',
];

// Pages another part of the work has not built yet are skipped, not shot as 404s.
const built = (path: string) => path === 'no-such-page/' || existsSync(join(dist, path.split('?')[0]!, 'index.html'));
const arg = process.argv[2];
const wanted = arg === '--all' ? [...sitemapPaths(dist), 'no-such-page/'] : (arg?.split(',') ?? MAIN_PAGES);
const pages = wanted.filter((path) => built(path) || (console.log(`skipped ${path || '/'}: not in dist/`), false));

const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
	for (const [device, viewport] of Object.entries(viewports)) {
		for (const scheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
			for (const path of pages) {
				await page.goto(site.url + path, { waitUntil: 'networkidle' });
				const name = (path.replace(/[/?=+]+/g, '-').replace(/-$/, '') || 'home') + `.${device}.${scheme}.png`;
				await page.screenshot({ path: join(out, name), fullPage: true });
				console.log(`screenshots/${name}`);
			}
			await page.close();
		}
	}
} finally {
	await browser.close();
	await site.close();
}
