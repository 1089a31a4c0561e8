import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addList } from '../../src/agreements/add-list.ts';
import { fetchLists, workbookLinks } from '../../src/agreements/fetch-list.ts';
import { MANIFEST_FILE, readAgreements } from '../../src/agreements/load.ts';
import { formatManifest, parseManifest } from '../../src/agreements/manifest.ts';
import { makeWorkbook, PARTICIPATING_HEADER, PENDING_HEADER } from '../support/workbooks.ts';

process.env.ICE_LIST_CACHE = 'off';
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rowA = ['TEXAS', 'A PD', 'Police Department', 'Harris County', 'Task Force Model', date('2025-01-01')];
const rowB = ['TEXAS', 'B PD', 'Police Department', 'Harris County', 'Task Force Model', date('2025-02-01')];
const rowC = ['OHIO', 'C Sheriff', "Sheriff's Office", 'Butler County', 'Jail Enforcement Model', date('2025-03-01')];

/** A project with one list (A, B) in data/ice/. */
function project(): string {
	const root = mkdtempSync(join(tmpdir(), '287g-add-'));
	mkdirSync(join(root, 'data/ice/workbooks'), { recursive: true });
	writeFileSync(join(root, MANIFEST_FILE), formatManifest([]));
	return root;
}

describe('npm run data:add', () => {
	it('files a list by its date and content, updates the manifest and says what changed', async () => {
		const root = project();
		const first = join(root, 'participatingAgencies05012026am.xlsx');
		writeFileSync(first, await makeWorkbook({ Sheet1: [PARTICIPATING_HEADER, rowA, rowB] }));
		expect((await addList(root, first)).ok).toBe(true);
		const second = join(root, 'participatingAgencies05082026am.xlsx');
		writeFileSync(second, await makeWorkbook({ Sheet1: [PARTICIPATING_HEADER, rowB, rowC] }));
		const result = await addList(root, second);
		expect(result.ok).toBe(true);
		const text = result.lines.join('\n');
		expect(text).toContain('Since 2026-05-01 (2 agreements): 1 added, 1 no longer listed.');
		expect(text).toMatch(/Added:\n {2}OH {2}C Sheriff {2}JEM/);
		expect(text).toMatch(/No longer listed:\n {2}TX {2}A PD {2}TFM/);
		const { entries } = parseManifest(readFileSync(join(root, MANIFEST_FILE), 'utf8'));
		expect(entries.map((e) => [e.file, e.date, e.content])).toEqual([
			['workbooks/participatingAgencies05012026am.xlsx', '2026-05-01', 'participating'],
			['workbooks/participatingAgencies05082026am.xlsx', '2026-05-08', 'participating'],
		]);
		const data = await readAgreements(root);
		expect(data.problems).toEqual([]);
		expect(data.latest.rows.map((r) => r.agency)).toEqual(['B PD', 'C Sheriff']);
		expect((await addList(root, second)).lines[0]).toContain('already kept');
	});

	it('files a pending list named as a participating one under pending/, by its content', async () => {
		const root = project();
		const path = join(root, 'participatingAgencies09222025pm.xlsx');
		writeFileSync(path, await makeWorkbook({ 'Sheet 1': [PENDING_HEADER, ['TEXAS', 'D PD', 'Police Department', 'Harris County', 'Task Force Model']] }));
		const result = await addList(root, path);
		expect(result.entry).toMatchObject({ file: 'pending/participatingAgencies09222025pm.xlsx', content: 'pending', notes: expect.stringContaining('swapped') });
	});

	it('refuses a list with a row it cannot read, naming the row, and writes nothing', async () => {
		const root = project();
		const path = join(root, 'participatingAgencies05012026am.xlsx');
		writeFileSync(path, await makeWorkbook({ Sheet1: [PARTICIPATING_HEADER, rowA, ['TEXAS', 'E PD', null, null, 'Task Force Model', '5025-07-07']] }));
		const result = await addList(root, path);
		expect(result.ok).toBe(false);
		expect(result.lines.join('\n')).toContain('sheet "Sheet1", row 3: SIGNED "5025-07-07"');
		expect(parseManifest(readFileSync(join(root, MANIFEST_FILE), 'utf8')).entries).toEqual([]);
	});

	it('asks for the date when the name gives none', async () => {
		const root = project();
		const path = join(root, 'list.xlsx');
		writeFileSync(path, await makeWorkbook({ Sheet1: [PARTICIPATING_HEADER, rowA] }));
		expect((await addList(root, path)).lines[0]).toContain('--date');
		expect((await addList(root, path, { date: '2026-05-20' })).entry?.file).toBe('workbooks/participatingAgencies05202026.xlsx');
	});
});

describe('npm run data:fetch, against a local server', () => {
	let server: Server;
	let base = '';
	const served: string[] = [];
	beforeAll(async () => {
		const participating = await makeWorkbook({ Sheet1: [PARTICIPATING_HEADER, rowA, rowC] });
		const pending = await makeWorkbook({ 'Sheet 1': [PENDING_HEADER, ['TEXAS', 'D PD', 'Police Department', 'Harris County', 'Task Force Model']] });
		const page = `<!doctype html><title>287(g)</title><main><p><a href="/doclib/about/participatingAgencies05192026am.xlsx">Participating <b>Agencies</b></a></p><p><a href="doclib/about/pendingAgencies05192026am.xlsx">Pending Agencies</a></p><a href="/doclib/other.pdf">MOA</a></main>`;
		server = createServer((req, res) => {
			served.push(req.url ?? '');
			if (req.url === '/287g') res.end(page);
			else if (req.url === '/doclib/about/participatingAgencies05192026am.xlsx') res.end(participating);
			else if (req.url === '/doclib/about/pendingAgencies05192026am.xlsx') res.end(pending);
			else res.writeHead(404).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('finds the workbooks the page links to', () => {
		expect(
			workbookLinks('<a href="/a/participatingAgencies.xlsx">Participating Agencies</a><a href="x.pdf">x</a>', 'https://www.ice.gov/identify-and-arrest/287g'),
		).toEqual([{ url: 'https://www.ice.gov/a/participatingAgencies.xlsx', text: 'Participating Agencies' }]);
	});

	it('downloads the participating and pending lists and adds both', async () => {
		const root = project();
		const results = await fetchLists(root, `${base}/287g`);
		expect(results.map((r) => r.ok)).toEqual([true, true]);
		const { entries } = parseManifest(readFileSync(join(root, MANIFEST_FILE), 'utf8'));
		expect(entries.map((e) => [e.file, e.content, e.source])).toEqual([
			['pending/pendingAgencies05192026am.xlsx', 'pending', `${base}/doclib/about/pendingAgencies05192026am.xlsx`],
			['workbooks/participatingAgencies05192026am.xlsx', 'participating', `${base}/doclib/about/participatingAgencies05192026am.xlsx`],
		]);
		const data = await readAgreements(root);
		expect(data.latest.rows).toHaveLength(2);
		expect(data.pending?.rows.map((r) => r.agency)).toEqual(['D PD']);
	});

	it('says so when the page cannot be read', async () => {
		const [result] = await fetchLists(project(), `${base}/moved`);
		expect(result?.ok).toBe(false);
		expect(result?.lines[0]).toContain('--page');
	});
});
