import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedWorkbook } from '../../src/agreements/cache.ts';
import { loadAgreements, DATA_DIR, MANIFEST_FILE, sha256 } from '../../src/agreements/load.ts';
import { parseManifest } from '../../src/agreements/manifest.ts';

const root = join(import.meta.dirname, '../..');

/**
 * An independent count of each file's rows: every non-empty row below the first row of a sheet
 * whose first row has a STATE column (a sheet of totals has none).
 */
async function countRows(file: string, sha: string): Promise<number> {
	const raw = await cachedWorkbook(sha, () => readFileSync(join(root, DATA_DIR, file)));
	let count = 0;
	for (const sheet of raw.sheets) {
		const filled = sheet.rows.filter((r) => r.some((c) => c.text.trim() !== '' || c.link));
		if (!filled[0]?.some((c) => c.text.trim().toUpperCase() === 'STATE')) continue;
		count += filled.length - 1;
	}
	return count;
}

describe('the lists in data/ice', () => {
	it('keeps every file of the manifest byte for byte', () => {
		const { entries, problems } = parseManifest(readFileSync(join(root, MANIFEST_FILE), 'utf8'));
		expect(problems).toEqual([]);
		for (const e of entries) expect(sha256(readFileSync(join(root, DATA_DIR, e.file))), e.file).toBe(e.sha256);
	});

	it('loses no row: every row of every list is a row of the data or a reported problem', async () => {
		const data = await loadAgreements(root);
		const { entries } = parseManifest(readFileSync(join(root, MANIFEST_FILE), 'utf8'));
		const read = new Map<string, number>();
		for (const l of data.lists) read.set(l.file, l.rows.length);
		for (const l of data.pendingLists) read.set(l.file, l.rows.length);
		for (const p of data.problems) read.set(p.file, (read.get(p.file) ?? 0) + 1);
		expect(data.lists).toHaveLength(entries.filter((e) => e.content === 'participating').length);
		expect(data.pendingLists).toHaveLength(entries.filter((e) => e.content === 'pending').length);
		for (const e of entries) expect(read.get(`${DATA_DIR}/${e.file}`), e.file).toBe(await countRows(e.file, e.sha256));
	}, 180_000);

	it('reads every list without a problem, the latest list last', async () => {
		const data = await loadAgreements(root);
		expect(data.problems).toEqual([]);
		expect(data.latest).toBe(data.lists.at(-1));
		const dates = data.lists.map((l) => l.date);
		expect([...dates].sort()).toEqual(dates);
		expect(data.agreements.filter((a) => a.current)).toHaveLength(new Set(data.latest.rows.map((r) => `${r.agencyKey}|${r.model}|${r.signed}`)).size);
	}, 180_000);
});
