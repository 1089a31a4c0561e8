import type { Page } from 'playwright-core';
import { contrast, parseRgb } from './contrast.ts';

/** One element reached with the Tab key, as the browser shows it once focused. */
export interface TabStop {
	/** A short description for failure messages: `a "Sources"`, `input#site-search`. */
	readonly name: string;
	/** Index among the page's focusable controls (see `markControls`), or -1. */
	readonly index: number;
	/** Whether some part of the element lies inside the viewport once focused. */
	readonly inView: boolean;
	/** The focus ring found: on the element itself or, for a visually hidden input, its label. */
	readonly ring?: { readonly width: number; readonly color: string; readonly background: string; readonly shadow: boolean };
}

/**
 * Marks every visible, enabled control of the page with `data-kb` (its index) and returns their
 * descriptions. One radio button per group counts: Tab enters a group once.
 */
export async function markControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
		const groups = new Set<string>();
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			if (el.closest('[inert]') || (el as HTMLButtonElement).disabled || el.tabIndex < 0) continue;
			if (!el.checkVisibility({ visibilityProperty: true })) continue;
			if (el instanceof HTMLInputElement && el.type === 'radio') {
				if (groups.has(el.name)) continue;
				groups.add(el.name);
			}
			el.dataset['kb'] = String(out.length);
			out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`);
		}
		return out;
	});
}

/** The element that has focus now, with its focus ring as computed by the browser. */
export async function focused(page: Page): Promise<TabStop | undefined> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return undefined;
		const backgroundOf = (node: Element | null): string => {
			for (let n = node; n; n = n.parentElement) {
				const bg = getComputedStyle(n).backgroundColor;
				if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
			}
			return getComputedStyle(document.body).backgroundColor;
		};
		const ringOf = (node: HTMLElement) => {
			const s = getComputedStyle(node);
			const r = node.getBoundingClientRect();
			if (r.width < 4 || r.height < 4) return undefined;
			const width = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
			const shadow = s.boxShadow !== 'none';
			if (width === 0 && !shadow) return undefined;
			return { width, color: s.outlineColor, background: backgroundOf(node.parentElement), shadow };
		};
		const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels] : [];
		const ring = [el, ...labels].map(ringOf).find(Boolean);
		const r = el.getBoundingClientRect();
		const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
		const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
		return { name, index: Number(el.dataset['kb'] ?? -1), inView, ...(ring ? { ring } : {}) };
	});
}

/** What is wrong with a stop's focus indicator, or undefined when it is clearly visible. */
export function ringProblem(stop: TabStop): string | undefined {
	if (!stop.inView) return 'is outside the viewport when focused';
	const ring = stop.ring;
	if (!ring) return 'shows no outline or box-shadow when focused';
	if (ring.shadow) return undefined;
	if (ring.width < 2) return `has a ${ring.width}px outline; use at least 2px`;
	const color = parseRgb(ring.color);
	const background = parseRgb(ring.background);
	if (color && background && contrast(color, background) < 3) {
		return `has an outline (${ring.color}) with contrast ${contrast(color, background).toFixed(2)}:1 against ${ring.background}; needs 3:1`;
	}
	return undefined;
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes back round,
 * and returns every stop. `limit` guards against a page that traps focus.
 */
export async function tabThrough(page: Page, limit = 500): Promise<TabStop[]> {
	const stops: TabStop[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		let stop = await focused(page);
		// Chromium sometimes applies :focus styles a few frames late (after a page load, or while a
		// sticky column settles); measure again before calling the ring a problem.
		for (let retry = 0; retry < 5 && stop && ringProblem(stop); retry++) {
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			stop = await focused(page);
		}
		if (!stop) break;
		const key = `${stop.index}:${stop.name}`;
		if (seen.has(key)) break;
		seen.add(key);
		stops.push(stop);
	}
	return stops;
}
