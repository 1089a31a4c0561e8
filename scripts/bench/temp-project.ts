import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { linkNodeModules } from '../lib/link-node-modules.ts';
import type { Files } from './synthetic-corpus.ts';

/**
 * A project in the system's temporary folder (never in the repository), using the packages of
 * `repo`: the listed paths copied from it, then `files` written over them.
 */
export function tempProject(repo: string, name: string, copied: readonly string[], files: Files): string {
	const root = mkdtempSync(join(tmpdir(), `287g-bench-${name}-`));
	for (const path of copied) cpSync(join(repo, path), join(root, path), { recursive: true });
	for (const [path, content] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	linkNodeModules(join(repo, 'node_modules'), join(root, 'node_modules'));
	return root;
}
