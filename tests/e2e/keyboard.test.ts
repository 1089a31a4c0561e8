import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../support/config.ts';
import { focused, markControls, ringProblem, tabThrough } from '../support/keyboard.ts';
import { checkDialogs, checkDisclosures, checkPopovers, checkTooltips } from '../support/widgets.ts';
import { openSite, type BrowserSite } from '../support/site.ts';
import { representativePaths, templateOf } from '../support/page-sample.ts';
import { shownTheme } from '../support/themes.ts';

/** How many Tab stops a page's walk takes at most (see the state pages of ICE's list). */
const WALK = 250;

/**
 * One representative page per template and language (tests/support/page-sample.ts explains why
 * that is enough). A search with results is walked by the search tests, which wait for them.
 */
const PATHS = representativePaths(undefined, SITE.base).filter((path) => !path.includes('?'));

/**
 * When a page is ready for keys: the search page puts focus in its field once its script has
 * loaded (no more requests), every other page once it has loaded.
 */
const ready = (path: string) => (templateOf(path).template === 'search' ? 'networkidle' : 'load');

let site: BrowserSite;
beforeAll(async () => {
	site = await openSite();
});
afterAll(() => site?.close());

describe('skip link', () => {
	it.each(['', 'sources/operation-safe-city/', 'no-such-page/'])(
		'/%s: the first Tab stop is a visible skip link that moves focus to the main content',
		async (path) => {
			const page = await site.open(path);
			await page.keyboard.press('Tab');
			const first = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const r = el.getBoundingClientRect();
				return { text: el.textContent?.trim(), href: el.getAttribute('href'), top: r.top, height: r.height };
			});
			expect(first).toMatchObject({ text: 'Skip to content', href: '#main' });
			expect(first.top).toBeGreaterThanOrEqual(0);
			expect(first.height).toBeGreaterThan(16);
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
			// The next Tab goes into the content, past the header.
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
			await page.context().close();
		},
	);
});

// Reduced motion, so that a focused element is scrolled into view at once, not smoothly later.
describe.each([
	{ name: 'light, 1280px', colorScheme: 'light', width: 1280, reducedMotion: 'reduce' },
	{ name: 'dark, 390px', colorScheme: 'dark', width: 390, reducedMotion: 'reduce' },
] as const)('Tab through every page ($name)', (options) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.context(options);
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it.each(PATHS)(
		'/%s: every visible control is reached, and shows a visible focus ring',
		async (path) => {
			await page.goto(site.site.url + path, { waitUntil: ready(path) });
			// Start from the top of the page, as a reader arriving by keyboard does: focus a placeholder
			// at the start of the body and remove it, which leaves the Tab starting point there.
			await page.evaluate(() => {
				const start = document.createElement('span');
				start.tabIndex = -1;
				document.body.prepend(start);
				start.focus();
				start.remove();
			});
			const controls = await markControls(page);
			// A state page of ICE's list has a link for each of hundreds of agencies and MOA documents,
			// all made by the same components: Tab walks the first WALK stops, and every control up to
			// the last one reached must have been reached in between.
			const stops = await tabThrough(page, Math.min(controls.length + 10, WALK));
			const reached = new Set(stops.map((s) => s.index));
			const walked = stops.length >= WALK ? controls.slice(0, Math.max(...reached) + 1) : controls;
			const missed = walked.filter((_, i) => !reached.has(i));
			expect(missed.join('\n'), 'controls that Tab never reaches').toBe('');
			const badRings = stops
				.map((s) => [s.name, ringProblem(s)])
				.filter(([, p]) => p)
				.map(([n, p]) => `${n} ${p}`);
			expect(badRings.join('\n'), 'focus indicators').toBe('');
		},
		120_000,
	);

	it.each(PATHS)('/%s: disclosures, popovers, dialogs and tooltips work by keyboard', async (path) => {
		await page.goto(site.site.url + path, { waitUntil: ready(path) });
		const problems = [...(await checkDisclosures(page)), ...(await checkPopovers(page)), ...(await checkDialogs(page)), ...(await checkTooltips(page))];
		expect(problems.join('\n')).toBe('');
	});
});

describe('theme toggle', () => {
	it('is hidden without JavaScript, where the system setting decides', async () => {
		const page = await site.open('', { javaScript: false, colorScheme: 'dark' });
		expect(await page.getByRole('button', { name: 'Dark theme' }).count()).toBe(0);
		expect(await shownTheme(page)).toBe('dark');
		await page.context().close();
	});

	it('switches the theme with Enter and Space, says so with aria-pressed, and remembers the choice', async () => {
		const page = await site.open('', { colorScheme: 'light' });
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		// Reach it by keyboard, as a keyboard user would.
		let stop = await focused(page);
		for (let i = 0; i < 40 && !stop?.name.includes('Dark theme'); i++) {
			await page.keyboard.press('Tab');
			stop = await focused(page);
		}
		expect(stop?.name).toContain('Dark theme');
		await page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		expect(await shownTheme(page)).toBe('dark');
		await page.reload();
		expect(await shownTheme(page)).toBe('dark');
		await toggle.focus();
		await page.keyboard.press('Space');
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await shownTheme(page)).toBe('light');
		await page.context().close();
	});
});

describe('reduced motion', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.context({ reducedMotion: 'reduce' });
		page = await context.newPage();
	});
	afterAll(() => context?.close());

	it.each(PATHS)('/%s: with reduced motion, no smooth scrolling, transitions or animations', async (path) => {
		await page.goto(site.site.url + path, { waitUntil: 'load' });
		const moving = await page.evaluate(() => {
			const seconds = (list: string) => Math.max(...list.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
			const found: string[] = [];
			if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: scroll-behavior smooth');
			for (const el of document.querySelectorAll('*')) {
				for (const pseudo of [null, '::before', '::after']) {
					const s = getComputedStyle(el, pseudo);
					const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}${pseudo ?? ''}`;
					if (s.scrollBehavior === 'smooth' && el !== document.documentElement) found.push(`${name}: scroll-behavior smooth`);
					if (seconds(s.transitionDuration) > 0.01) found.push(`${name}: transition ${s.transitionDuration}`);
					if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) found.push(`${name}: animation ${s.animationName} ${s.animationDuration}`);
				}
			}
			return found;
		});
		expect(moving.join('\n')).toBe('');
	});

	it('without that preference, in-page links scroll smoothly (the setting above is what turns it off)', async () => {
		const page = await site.open('', { reducedMotion: 'no-preference' });
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
		await page.context().close();
	});
});

describe('the keyboard checks themselves', () => {
	const WORKING = `<!doctype html><html lang="en"><title>t</title><body>
		<details><summary>More</summary><p>Text</p></details>
		<button popovertarget="p">Open popover</button><div popover id="p">Popover</div>
		<button aria-haspopup="dialog" onclick="document.getElementById('d').showModal()">Open dialog</button>
		<dialog id="d"><button>Close</button></dialog>
		<a href="#x" aria-describedby="tip">Term</a><span role="tooltip" id="tip" hidden>Definition</span>
		<script>
			const a = document.querySelector('[aria-describedby]'), tip = document.getElementById('tip');
			a.addEventListener('focus', () => (tip.hidden = false));
			a.addEventListener('keydown', (e) => e.key === 'Escape' && (tip.hidden = true));
		</script></body></html>`;
	const BROKEN = `<!doctype html><html lang="en"><title>t</title><style>#tip { display: none } a:focus + #tip { display: inline }</style><body>
		<button aria-haspopup="dialog" onclick="document.getElementById('d').hidden = false">Open dialog</button>
		<div role="dialog" id="d" hidden>Not modal, focus stays outside</div>
		<a href="#x" aria-describedby="tip">Term</a><span role="tooltip" id="tip">Definition</span></body></html>`;

	it('walk the Tab order as a keyboard does, measuring each ring, and stop at a trap', async () => {
		const page = await (await site.context({ reducedMotion: 'reduce' })).newPage();
		await page.setContent(`<!doctype html><html lang="en"><title>t</title><style>body { background: white } :focus-visible { outline: 3px solid black } #bare:focus-visible { outline: none }</style><body>
			<button>First</button><a href="#x" id="bare">Bare link</a><span tabindex="0">Third</span><button tabindex="-1">Skipped</button></body></html>`);
		await markControls(page);
		const stops = await tabThrough(page, 10);
		expect(stops.map((s) => s.name)).toEqual(['button "First"', 'a#bare "Bare link"', 'span "Third"']);
		expect(stops.map((s) => s.index)).toEqual([0, 1, 2]);
		expect(stops.map((s) => ringProblem(s))).toEqual([undefined, 'shows no outline or box-shadow when focused', undefined]);
		// A page that keeps focus on its first control: the walk ends there.
		await page.setContent(`<!doctype html><html lang="en"><title>t</title><body><button>Trap</button><button>Never reached</button>
			<script>document.querySelector('button').addEventListener('keydown', (e) => e.key === 'Tab' && e.preventDefault());</script></body></html>`);
		expect((await tabThrough(page, 10)).map((s) => s.name)).toEqual(['button "Trap"']);
		await page.context().close();
	});

	it('pass standard, working widgets', async () => {
		const page = await (await site.context()).newPage();
		await page.setContent(WORKING);
		const problems = [...(await checkDisclosures(page)), ...(await checkPopovers(page)), ...(await checkDialogs(page)), ...(await checkTooltips(page))];
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('report a dialog that takes no focus and a tooltip that Escape cannot dismiss', async () => {
		const page = await (await site.context()).newPage();
		await page.setContent(BROKEN);
		expect(await checkDialogs(page)).toEqual([
			'dialog button "Open dialog": focus does not move into the dialog',
			'dialog button "Open dialog": Escape does not close the dialog',
		]);
		expect(await checkTooltips(page)).toEqual(['tooltip #tip is not dismissed by Escape']);
		await page.context().close();
	});
});
