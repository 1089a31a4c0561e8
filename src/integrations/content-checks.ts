import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentChanged, getContentReport } from '../checks/report-cache.ts';
import { projectRoot, setProjectRoot } from '../lib/project-root.ts';
import { formatProblem, formatProblems, type Problem } from '../corpus/problems.ts';
import { forgetAgreements, loadAgreements } from '../agreements/load.ts';
import { projectTranslationGaps, translationHeading } from '../checks/translations.ts';

/** The folders `astro dev` watches for content: what the checks read. */
const WATCHED = ['content', 'seeds', 'data/ice'];

/** How long the content folders must be quiet before `astro dev` checks them again. */
const SETTLE_MS = 150;

/**
 * The lines `astro build` stops with, once the problems are printed: short, with their own hint.
 * Not an error thrown from the hook: Astro would add "An unhandled error occurred while running
 * the hook", a stack trace, and a hint guessed from the words of the error (any "document" or
 * "window" in a quoted passage would bring up advice on browser APIs).
 */
export function buildStopped(count: number): string {
	return [
		`The build stopped: ${count === 1 ? 'a problem' : `${count} problems`} in the content, listed above.`,
		'Fix each one at the file:line:column shown, then build again. `npm run check` lists them without building.',
	].join('\n');
}

/**
 * Checks all content before anything is written: seeds readable, schemas valid, every citation
 * and note anchor found word for word. `astro build` stops with every problem listed at once;
 * `astro dev` prints them again whenever content or seeds change.
 */
export function contentChecks(): AstroIntegration {
	let root = projectRoot();
	const report = async (logger: { error: (m: string) => void; warn: (m: string) => void; info: (m: string) => void }) => {
		const content = getContentReport(root);
		const { problems: contentProblems, citations } = content;
		// A seed read with a fallback (Windows-1252) is kept, and said, as `npm run check` says it.
		for (const { seed } of content.corpus.seeds) for (const warning of seed.warnings) logger.warn(`seeds/${seed.file}: ${warning}`);
		// ICE's lists (data/ice/): a row that cannot be read is a problem like any other.
		const agreements = await loadAgreements(root);
		for (const warning of agreements.warnings) logger.warn(formatProblem(warning));
		const problems: Problem[] = [...contentProblems, ...agreements.problems];
		if (problems.length > 0) logger.error(`\n${formatProblems(problems)}`);
		else logger.info(`Content checked: ${citations.length} citations verified.`);
		// The completeness check of the Spanish edition: a to-do list, printed only when there is
		// anything on it. It is not a warning: the pages meanwhile show the English with a notice.
		const gaps = projectTranslationGaps(root, content);
		if (gaps.length > 0) logger.info([translationHeading(gaps.length), ...gaps.map((g) => `  ${formatProblem(g)}`)].join('\n'));
		return problems;
	};
	return {
		name: '287g-explained:content-checks',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				setProjectRoot(root);
				if (command === 'build') {
					const problems = await report(logger);
					if (problems.length > 0) {
						logger.error(buildStopped(problems.length));
						process.exit(1);
					}
				}
				if (command === 'dev') await report(logger);
			},
			'astro:server:setup': ({ server, logger }) => {
				// The one watcher of the content in `astro dev`: after a change it drops the checked
				// content and everything kept from it (`contentChanged`: the report, then the data
				// collections fill again from the new one), and prints the new report.
				// An editor's save can arrive as several events (truncate, then write), and the
				// first may see an empty file. Check once the files have been quiet for a moment.
				const folders = WATCHED.map((folder) => join(root, folder));
				server.watcher.add(folders);
				let pending: ReturnType<typeof setTimeout> | undefined;
				const changed = new Set<string>();
				server.watcher.on('all', (_event, path) => {
					if (!folders.some((folder) => path.startsWith(folder + sep))) return;
					changed.add(path);
					clearTimeout(pending);
					pending = setTimeout(() => {
						forgetAgreements();
						contentChanged(changed);
						changed.clear();
						void report(logger);
					}, SETTLE_MS);
				});
			},
		},
	};
}
