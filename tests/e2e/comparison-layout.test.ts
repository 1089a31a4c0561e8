import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MODELS } from '../../src/schemas/models.ts';
import { openSite, type BrowserSite } from '../support/site.ts';

const MODEL_COUNT = Object.keys(MODELS).length;
const { rows: questions } = parse(readFileSync('content/comparison.yaml', 'utf8')) as { rows: unknown[] };

/** How far the page scrolls sideways: 0 when everything fits the viewport. */
const sidewaysScroll = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;

describe('the models table in a real browser', () => {
	let site: BrowserSite;
	beforeAll(async () => {
		site = await openSite();
	});
	afterAll(() => site.close());

	it('stacks into one card per question on a phone, without sideways scrolling, and stays a table', async () => {
		const page = await site.open('models/', { width: 390, javaScript: false });
		expect(await page.evaluate(sidewaysScroll)).toBe(0);
		const table = page.getByRole('table');
		// A column per model after the questions' column; a row per question of content/comparison.yaml.
		expect(await table.getByRole('columnheader').count()).toBe(MODEL_COUNT + 1);
		expect(await table.getByRole('rowheader').count()).toBe(questions.length);
		expect(await table.getByRole('cell').count()).toBe(questions.length * MODEL_COUNT);
		// Each stacked cell shows which model it is about, above its answer.
		const firstCell = table.getByRole('cell').first();
		expect(await firstCell.locator('.compare-label').isVisible()).toBe(true);
		const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).display));
		expect(new Set(rows)).toEqual(new Set(['block']));
		await page.context().close();
	});

	it('is a table with a column per model on a desktop screen, without the stacked labels', async () => {
		const page = await site.open('models/', { width: 1280 });
		expect(await page.evaluate(sidewaysScroll)).toBe(0);
		const cells = page.getByRole('table').getByRole('cell');
		expect(await cells.first().locator('.compare-label').isVisible()).toBe(false);
		const tops = await page
			.locator('#compare tbody tr')
			.first()
			.locator('th, td')
			.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
		expect(new Set(tops).size).toBe(1);
		await page.context().close();
	});
});
