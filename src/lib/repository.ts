import { safeHref } from './safe-url.ts';

/** Where the project's files can be edited online, from the environment of the build. */
export interface RepositoryConfig {
	/** e.g. `https://github.com/example/287g-explained`; without it, no "Edit this page" link. */
	readonly url: string | undefined;
	/** The branch edits are proposed against. */
	readonly branch: string;
}

export function repositoryConfig(env: Record<string, string | undefined> = process.env): RepositoryConfig {
	return { url: env['REPOSITORY_URL']?.trim() || undefined, branch: env['REPOSITORY_BRANCH']?.trim() || 'main' };
}

/**
 * The address of GitHub's web editor for a file (`<repository>/edit/<branch>/<path>`).
 *
 * In:  `('content/explainers/history.mdx', { url: 'https://github.com/o/r/', branch: 'main' })`
 * Out: `https://github.com/o/r/edit/main/content/explainers/history.mdx`
 */
export function editUrl(file: string, config: RepositoryConfig): string | undefined {
	if (!config.url) return undefined;
	return safeHref(`${config.url.replace(/\/+$/, '')}/edit/${config.branch}/${file.split('/').map(encodeURIComponent).join('/')}`);
}
