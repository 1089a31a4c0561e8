import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDates, parseGitLog } from '../../src/lib/git-history.ts';
import { pageHistory } from '../../src/render/page-history.ts';
import { editUrl, repositoryConfig } from '../../src/lib/repository.ts';

const LOG = '\x1eaaa 2026-03-01T10:00:00+00:00\n\ncontent/a.mdx\n\x1ebbb 2026-01-01T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';

describe('parseGitLog', () => {
	it('takes the newest commit that touched each file', () => {
		expect(parseGitLog(LOG)).toEqual(
			new Map([
				['content/a.mdx', '2026-03-01T10:00:00+00:00'],
				['content/b.mdx', '2026-01-01T10:00:00+00:00'],
			]),
		);
	});

	it('does not date a file by a shallow boundary commit, which lists every file as added', () => {
		expect(parseGitLog(LOG, new Set(['bbb'])).get('content/b.mdx')).toBeNull();
		expect(parseGitLog(LOG, new Set(['bbb'])).get('content/a.mdx')).toBe('2026-03-01T10:00:00+00:00');
	});
});

describe('pageHistory', () => {
	const built = new Date('2026-11-23T12:00:00Z');
	it('gives the last commit date when git knows it', () => {
		expect(pageHistory('content/a.mdx', parseGitLog(LOG), built)).toEqual({ source: 'git', date: '2026-03-01', text: 'March 1, 2026' });
	});
	it.each([
		['a file whose history a shallow clone cut off', 'content/b.mdx', new Set(['bbb'])],
		['a file git does not know', 'content/new.mdx', new Set<string>()],
	])('falls back to the build date for %s', (_, file, boundaries) => {
		expect(pageHistory(file, parseGitLog(LOG, boundaries), built)).toEqual({ source: 'build', date: '2026-11-23', text: 'November 23, 2026' });
	});
	it('dates a folder by the last change of any of its files, cut-off files aside', () => {
		expect(pageHistory('content/', parseGitLog(LOG, new Set(['bbb'])), built)).toEqual({ source: 'git', date: '2026-03-01', text: 'March 1, 2026' });
		expect(pageHistory('elsewhere/', parseGitLog(LOG), built).source).toBe('build');
	});
});

describe('editUrl', () => {
	it('links to the web editor of the file on the configured branch', () => {
		const config = repositoryConfig({ REPOSITORY_URL: 'https://github.com/o/r/', REPOSITORY_BRANCH: 'draft' });
		expect(editUrl('content/explainers/models/index.mdx', config)).toBe('https://github.com/o/r/edit/draft/content/explainers/models/index.mdx');
	});
	it('gives no link when no repository is configured', () => {
		expect(editUrl('content/a.mdx', repositoryConfig({}))).toBeUndefined();
	});
});

describe('fileDates on a real repository and its shallow clone', () => {
	let dir: string;
	const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });
	const commit = (cwd: string, file: string, date: string) => {
		writeFileSync(join(cwd, file), date);
		git(cwd, 'add', file);
		execFileSync('git', ['commit', '-q', '-m', file], {
			cwd,
			env: {
				...process.env,
				GIT_AUTHOR_DATE: date,
				GIT_COMMITTER_DATE: date,
				GIT_AUTHOR_NAME: 't',
				GIT_AUTHOR_EMAIL: 't@t',
				GIT_COMMITTER_NAME: 't',
				GIT_COMMITTER_EMAIL: 't@t',
			},
		});
	};

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), '287g-git-'));
		const full = join(dir, 'full');
		execFileSync('git', ['init', '-q', '-b', 'main', full]);
		commit(full, 'old.mdx', '2025-01-01T00:00:00Z');
		commit(full, 'middle.mdx', '2025-06-01T00:00:00Z');
		commit(full, 'new.mdx', '2026-02-01T00:00:00Z');
		git(dir, 'clone', '-q', '--depth', '1', `file://${full}`, 'shallow');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('dates every file in a full clone', () => {
		const dates = fileDates(join(dir, 'full'));
		expect(dates.get('old.mdx')).toBe('2025-01-01T00:00:00+00:00');
		expect(dates.get('new.mdx')).toBe('2026-02-01T00:00:00+00:00');
	});

	it('in a shallow clone, claims no date for files last changed before the cut', () => {
		const dates = fileDates(join(dir, 'shallow'));
		expect(dates.get('old.mdx')).toBeNull();
		expect(dates.get('middle.mdx')).toBeNull();
		// Even the boundary commit's own changes cannot be told apart from files it merely lists.
		expect(dates.get('new.mdx')).toBeNull();
	});

	it('outside a repository, knows no file', () => {
		expect(fileDates(tmpdir()).size).toBe(0);
	});
});
