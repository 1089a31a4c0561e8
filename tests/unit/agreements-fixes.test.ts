import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/agreements/manifest.ts';
import { FIXES_FILE, readFixes } from '../../src/agreements/read-fixes.ts';
import { unwrapSafelink } from '../../src/agreements/normalise.ts';

function withFixes(text: string): string {
	const root = mkdtempSync(join(tmpdir(), '287g-fixes-'));
	mkdirSync(join(root, 'content/agreements'), { recursive: true });
	writeFileSync(join(root, FIXES_FILE), text);
	return root;
}

describe('the reviewed fix table', () => {
	it('reads each fix, with its state as a USPS code', () => {
		const { fixes, problems } = readFixes(
			withFixes(
				'states:\n  - from: UTAHJ\n    to: Utah\n    reason: stray letter\ncounties:\n  - state: AL\n    from: County\n    to: null\n    reason: names no county\nsigned:\n  - from: 7/72025\n    to: 2025-07-07\n    reason: slash missing\n',
			),
		);
		expect(problems).toEqual([]);
		expect(fixes).toEqual({
			states: [{ from: 'UTAHJ', to: 'UT', reason: 'stray letter' }],
			counties: [{ state: 'AL', from: 'County', to: null, reason: 'names no county' }],
			signed: [{ from: '7/72025', to: '2025-07-07', reason: 'slash missing' }],
		});
	});

	it('refuses a fix without its reason, or to a value that is not one, naming the line', () => {
		const { fixes, problems } = readFixes(
			withFixes(
				'signed:\n  - from: 7/72025\n    to: 2025-07-07\n  - from: x\n    to: July 7\n    reason: r\nstates:\n  - from: A\n    to: Atlantis\n    reason: r\n',
			),
		);
		expect(fixes.signed).toEqual([]);
		expect(fixes.states).toEqual([]);
		expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
			[FIXES_FILE, 8, 'A state fix needs a `to` that is a state or territory (`PA`).'],
			[FIXES_FILE, 2, 'A signing-date fix needs reason.'],
			[FIXES_FILE, 4, 'A signing-date fix needs a `to` written YYYY-MM-DD.'],
		]);
	});
});

describe('the manifest of data/ice', () => {
	it('names the line and the column that is wrong', () => {
		const text = 'file\tdate\tkind\tcontent\tsha256\tsource\tnotes\nworkbooks/a.xlsx\t2025-13\tice-workbook\tparticipating\tabc\tx\t\n';
		expect(parseManifest(text).problems).toEqual([{ line: 2, message: 'date "2025-13" is not YYYY-MM-DD or YYYY-MM-DDTHH:MM; sha256 is not 64 hex digits.' }]);
	});
});

describe('safelinks', () => {
	it('unwraps nested safelinks and leaves other addresses alone', () => {
		const real = 'https://www.ice.gov/doclib/287gMOA/x.pdf';
		const once = `https://nam10.safelinks.protection.outlook.com/?url=${encodeURIComponent(real)}&data=1`;
		expect(unwrapSafelink(`https://gcc02.safelinks.protection.outlook.com/?url=${encodeURIComponent(once)}`)).toBe(real);
		expect(unwrapSafelink(` ${real} `)).toBe(real);
		expect(unwrapSafelink('')).toBeNull();
	});
	it("unwraps the address of Acrobat's Chrome viewer that some MOA links were copied from", () => {
		const real = 'https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf';
		expect(unwrapSafelink('chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf')).toBe(real);
		expect(unwrapSafelink(`chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/${real}`)).toBe(real);
		expect(unwrapSafelink('chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/javascript:alert(1)')).toBe(
			'chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/javascript:alert(1)',
		);
	});
});
