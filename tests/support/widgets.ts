import type { Page } from 'playwright-core';

/**
 * Keyboard checks of the standard interactive patterns, whichever page uses them. Each returns
 * the problems found, as readable lines; none when the page has no such widget.
 */

/** Every visible `<details>` opens and closes with Enter on its summary. */
export async function checkDisclosures(page: Page): Promise<string[]> {
	const problems: string[] = [];
	const summaries = page.locator('details > summary:visible');
	for (let i = 0; i < (await summaries.count()); i++) {
		const summary = summaries.nth(i);
		const name = `<summary> "${(await summary.textContent())?.trim()}"`;
		const isOpen = () => summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
		const before = await isOpen();
		await summary.focus();
		await page.keyboard.press('Enter');
		if ((await isOpen()) === before) problems.push(`${name} does not toggle with Enter`);
		await page.keyboard.press('Enter');
		if ((await isOpen()) !== before) problems.push(`${name} does not toggle back with Enter`);
	}
	return problems;
}

/** Each popover button (first few) opens its popover with Enter; Escape closes it and returns focus. */
export async function checkPopovers(page: Page, limit = 5): Promise<string[]> {
	const problems: string[] = [];
	const invokers = page.locator('[popovertarget]:visible');
	for (let i = 0; i < Math.min(await invokers.count(), limit); i++) {
		const invoker = invokers.nth(i);
		const id = await invoker.getAttribute('popovertarget');
		const target = page.locator(`[id="${id}"]`);
		const open = () => target.evaluate((t) => t.matches(':popover-open'));
		await invoker.focus();
		await page.keyboard.press('Enter');
		if (!(await open())) problems.push(`popover #${id} does not open with Enter on its button`);
		await page.keyboard.press('Escape');
		if (await open()) problems.push(`popover #${id} does not close with Escape`);
		if (!(await invoker.evaluate((el) => el === document.activeElement))) problems.push(`focus does not return to the button of popover #${id}`);
	}
	return problems;
}

/** Each button that opens a dialog (first few): Enter opens it with focus inside; Escape closes it and returns focus. */
export async function checkDialogs(page: Page, limit = 3): Promise<string[]> {
	const problems: string[] = [];
	const openers = page.locator('button[aria-haspopup="dialog"]:visible, button[commandfor][command="show-modal"]:visible');
	for (let i = 0; i < Math.min(await openers.count(), limit); i++) {
		const opener = openers.nth(i);
		const name = `dialog button "${(await opener.textContent())?.trim()}"`;
		await opener.focus();
		await page.keyboard.press('Enter');
		const dialog = page.locator('dialog[open], [role="dialog"]:visible').first();
		try {
			await dialog.waitFor({ timeout: 5000 });
		} catch {
			problems.push(`${name}: Enter opens no dialog`);
			continue;
		}
		if (!(await dialog.evaluate((d) => d.contains(document.activeElement)))) problems.push(`${name}: focus does not move into the dialog`);
		await page.keyboard.press('Escape');
		try {
			await dialog.waitFor({ state: 'hidden', timeout: 5000 });
		} catch {
			problems.push(`${name}: Escape does not close the dialog`);
		}
		if (!(await opener.evaluate((el) => el === document.activeElement))) problems.push(`${name}: focus does not return to the button`);
	}
	return problems;
}

/**
 * Content shown on focus (a `role="tooltip"` named by `aria-describedby`, first few): it
 * appears when its trigger gets keyboard focus and Escape dismisses it (WCAG 1.4.13).
 */
export async function checkTooltips(page: Page, limit = 3): Promise<string[]> {
	const problems: string[] = [];
	const ids = await page.evaluate(() =>
		[...document.querySelectorAll('[role="tooltip"][id]')].map((t) => t.id).filter((id) => document.querySelector(`[aria-describedby~="${id}"]`)),
	);
	for (const id of ids.slice(0, limit)) {
		const trigger = page.locator(`[aria-describedby~="${id}"]`).first();
		const tip = page.locator(`[id="${id}"]`);
		await page.keyboard.press('Shift+Tab'); // keyboard modality, so that :focus-visible applies
		await trigger.focus();
		if (!(await tip.isVisible())) problems.push(`tooltip #${id} does not appear when its trigger has focus`);
		await page.keyboard.press('Escape');
		if (await tip.isVisible()) problems.push(`tooltip #${id} is not dismissed by Escape`);
	}
	return problems;
}
