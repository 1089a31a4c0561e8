import { relative, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every read of a file through node:fs, by path, while the content is checked.
const reads = new Map<string, number>();
vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
		const key = resolve(String(path));
		reads.set(key, (reads.get(key) ?? 0) + 1);
		return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
	}) as typeof fs.readFileSync;
	return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const { checkContent } = await import('../../src/checks/check-content.ts');
const { listContentFiles, namesIn } = await import('../../src/content-layer/files.ts');

const root = resolve(import.meta.dirname, '../..');

describe('the content layer', () => {
	beforeEach(() => reads.clear());

	it('reads each seed and each content file once, for all the checks', () => {
		const report = checkContent(root);
		const expected = [...namesIn(resolve(root, 'seeds')).map((name) => `seeds/${name}`), ...listContentFiles(root).map((f) => f.file)];
		const readHere = [...reads].filter(([path]) => /^(seeds|content)\//.test(relative(root, path)));
		expect(Object.fromEntries(readHere.map(([path, n]) => [relative(root, path), n]))).toEqual(Object.fromEntries(expected.map((file) => [file, 1])));
		// The checks did run on what was read.
		expect(report.files.map((f) => f.file)).toEqual(listContentFiles(root).map((f) => f.file));
		expect(report.content.files.every((f) => f.text.length > 0)).toBe(true);
	});
});
