import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../support/browser.ts';

describe('findChromium', () => {
	const saved = process.env['CHROMIUM_PATH'];
	afterEach(() => {
		if (saved === undefined) delete process.env['CHROMIUM_PATH'];
		else process.env['CHROMIUM_PATH'] = saved;
	});

	it('uses CHROMIUM_PATH first', async () => {
		process.env['CHROMIUM_PATH'] = process.execPath; // any existing file will do
		expect(await findChromium()).toBe(process.execPath);
	});

	it('says so when CHROMIUM_PATH names a missing file', async () => {
		process.env['CHROMIUM_PATH'] = '/no/such/chromium';
		await expect(findChromium()).rejects.toThrow('CHROMIUM_PATH is set to /no/such/chromium, which does not exist.');
	});
});
