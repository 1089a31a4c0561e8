import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/corpus/mdx-nodes.ts';
import { blockCoverage } from '../../src/corpus/coverage.ts';
import { visit } from 'unist-util-visit';

const run = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'scripts/review.ts'), ...args], { encoding: 'utf8' });

describe('npm run review', () => {
	it('prints every sentence of an explainer, each with its passages, and none uncovered', () => {
		const file = 'content/explainers/models/task-force.mdx';
		const result = run('models/task-force');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const tree = parseMdx(readFileSync(file, 'utf8'));
		const expected: string[] = [];
		visit(tree, (node) => {
			if (node.type === 'paragraph' || node.type === 'listItem') {
				for (const s of blockCoverage(node).sentences) expected.push(`${file}:${s.at.line}:${s.at.column}  ${s.text}`);
				return 'skip';
			}
			return undefined;
		});
		const printed = result.stdout.split('\n').filter((l) => l.startsWith(file));
		expect(printed).toEqual(expected);
		expect(result.stdout).toContain('    ✓ ');
		expect(result.stdout).not.toContain('✗');
	});

	it('accepts a file path or an address, and names what it tried for an unknown page', () => {
		expect(run('content/explainers/history.mdx').status).toBe(0);
		expect(run('/history/').stdout).toBe(run('history').stdout);
		const unknown = run('no-such-page');
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('content/explainers/no-such-page.mdx');
	});
});
