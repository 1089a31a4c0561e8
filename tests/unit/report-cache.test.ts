import { describe, expect, it, vi } from 'vitest';

// The checks, counted: each call returns a new report.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/checks/check-content.ts', () => ({
	checkContent: (root: string) => ({ root, run: ++checks.count }),
}));

const { contentChanged, getContentReport, onContentChange } = await import('../../src/checks/report-cache.ts');

describe('the checked content, kept and dropped (astro dev)', () => {
	it('is checked once per change, however many ask for it, and each listener hears of the change once', () => {
		const root = '/site';
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
});
