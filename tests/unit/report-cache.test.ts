import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The checks, counted: each call reads the files of `checks.files` under its root and returns a new report.
const checks = vi.hoisted(() => ({ count: 0, files: [] as string[] }));
vi.mock('../../src/checks/check-content.ts', () => ({
	checkContent: (root: string, readFile: (path: string) => Buffer) => {
		for (const file of checks.files) readFile(`${root}/${file}`);
		return { root, run: ++checks.count };
	},
}));

const { contentChanged, contentReportWith, getContentReport, onContentChange } = await import('../../src/checks/report-cache.ts');

const root = mkdtempSync(join(tmpdir(), 'report-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Saves a file, its modification time `seconds` from now (a clock the test controls). */
function save(file: string, seconds: number): string {
	const path = join(root, file);
	writeFileSync(path, String(seconds));
	const at = Date.now() / 1000 + seconds;
	utimesSync(path, at, at);
	return path;
}

describe('the checked content, kept and dropped (astro dev)', () => {
	it('is checked once per change, however many ask for it, and each listener hears of the change once', () => {
		const first = getContentReport(root);
		expect(getContentReport(root)).toBe(first);
		const heard: unknown[] = [];
		// A collection's loader, filling itself again from the new report; registered twice, as when
		// Astro runs the loader again: the second replaces the first.
		onContentChange('data-files:glossary', () => heard.push('stale'));
		onContentChange('data-files:glossary', () => heard.push(getContentReport(root)));
		onContentChange('data-files:timeline', () => heard.push(getContentReport(root)));
		const before = checks.count;
		contentChanged();
		const after = getContentReport(root);
		expect(checks.count - before).toBe(1);
		expect(after).not.toBe(first);
		expect(heard).toEqual([after, after]);
	});

	it('is read again when a loader meets a file changed since, and then kept when the watcher reports that change', () => {
		checks.files = ['a.yaml'];
		const file = save('a.yaml', 10);
		contentChanged([file]);
		const first = getContentReport(root);
		const before = checks.count;
		// Unchanged since the report read it: kept, by the loader and by the watcher.
		expect(contentReportWith(file, root)).toBe(first);
		contentChanged([file]);
		expect(getContentReport(root)).toBe(first);
		// Saved again: the loader sees it first and has it read again; the watcher, after, keeps that.
		save('a.yaml', 20);
		const second = contentReportWith(file, root);
		expect(second).not.toBe(first);
		contentChanged([file]);
		expect(getContentReport(root)).toBe(second);
		expect(checks.count - before).toBe(1);
	});

	it('is read again for a file it never read (a new one) or one deleted since', () => {
		checks.files = ['a.yaml'];
		contentChanged();
		const first = getContentReport(root);
		contentChanged([save('b.yaml', 30)]);
		const second = getContentReport(root);
		expect(second).not.toBe(first);
		rmSync(join(root, 'a.yaml'));
		checks.files = [];
		contentChanged([join(root, 'a.yaml')]);
		expect(getContentReport(root)).not.toBe(second);
	});
});
