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

/**
 * In the page: what `el` looks like with focus, its focus ring as computed by the browser. It runs
 * in the browser (installed by `installProbe`), so it is self-contained.
 */
function describeFocus(el: HTMLElement): TabStop {
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
}

/** What the probe adds to the page's window. */
interface Probe {
	describeFocus: typeof describeFocus;
	/** The elements that received focus since `tabThrough` started listening, in order. */
	tabStops: HTMLElement[];
	record(event: FocusEvent): void;
	/** The walk's stops: `tabStops` up to the first that came round again. */
	reached: HTMLElement[];
}

/** Makes `describeFocus` callable in the page (by the tests only: the page's own CSP is not involved). */
async function installProbe(page: Page): Promise<void> {
	await page.evaluate(`window.describeFocus = ${describeFocus.toString()}`);
}

/** The element that has focus now, with its focus ring as computed by the browser. */
export async function focused(page: Page): Promise<TabStop | undefined> {
	await installProbe(page);
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el && el !== document.body ? (window as unknown as Probe).describeFocus(el) : undefined;
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

/** Presses of Tab, as Chromium receives them from a keyboard (DevTools protocol `Input.dispatchKeyEvent`). */
const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 } as const;

/**
 * Presses Tab `presses` times from where focus is, and returns every element that received focus,
 * in order, up to the first that comes round again (focus went through the whole page, or left it).
 *
 * The presses are real key events, sent together and handled by Chromium one after the other; a
 * listener in the page records where each one put focus. Each element reached is then focused
 * again from script, keyboard focus having been used (so `:focus-visible` applies as it did), and
 * measured: its ring, and whether it is in view. A ring that looks wrong is measured again a few
 * frames later, since Chromium sometimes applies `:focus` styles late (while a sticky column
 * settles). `presses` also guards against a page that traps focus.
 */
export async function tabThrough(page: Page, presses = 500): Promise<TabStop[]> {
	await installProbe(page);
	await page.evaluate(() => {
		const probe = window as unknown as Probe;
		probe.tabStops = [];
		probe.record = (event) => probe.tabStops.push(event.target as HTMLElement);
		document.addEventListener('focusin', probe.record);
	});
	const session = await page.context().newCDPSession(page);
	await Promise.all(
		Array.from({ length: presses }, () => [
			session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }),
			session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }),
		]).flat(),
	);
	await session.detach();
	const stops = await page.evaluate(() => {
		const probe = window as unknown as Probe;
		document.removeEventListener('focusin', probe.record);
		const walk = probe.tabStops;
		const firstRepeat = walk.findIndex((el, i) => walk.indexOf(el) < i);
		probe.reached = firstRepeat < 0 ? walk : walk.slice(0, firstRepeat);
		return probe.reached.map((el) => {
			el.focus();
			return probe.describeFocus(el);
		});
	});
	let suspect = stops.flatMap((stop, i) => (ringProblem(stop) ? [i] : []));
	for (let retry = 0; retry < 5 && suspect.length > 0; retry++) {
		const again = await page.evaluate(async (indices) => {
			const probe = window as unknown as Probe;
			const out: TabStop[] = [];
			for (const i of indices) {
				const el = probe.reached[i]!;
				el.focus();
				await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
				out.push(probe.describeFocus(el));
			}
			return out;
		}, suspect);
		suspect.forEach((i, k) => (stops[i] = again[k]!));
		suspect = suspect.filter((i) => ringProblem(stops[i]!));
	}
	return stops;
}
