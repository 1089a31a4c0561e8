import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_LOG } from '../support/dist.ts';

describe('the build of the real site', () => {
	// A warning a contributor learns to ignore hides the next one that matters.
	it.skipIf(!existsSync(BUILD_LOG))('prints no warning and no error (skipped when SKIP_BUILD reuses an earlier build)', () => {
		const output = readFileSync(BUILD_LOG, 'utf8');
		expect(output).toContain('Complete!');
		expect(output.split('\n').filter((line) => /\b(WARN|ERROR)\b/.test(line))).toEqual([]);
	});
});
