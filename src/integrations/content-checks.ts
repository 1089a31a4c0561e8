import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forgetContentReport, getContentReport } from '../checks/report-cache.ts';
import { formatProblems, type Problem } from '../corpus/problems.ts';
import { forgetAgreements, loadAgreements } from '../agreements/load.ts';

/** How long the content folders must be quiet before `astro dev` checks them again. */
const SETTLE_MS = 150;

/**
 * The error `astro build` stops with, once the problems are printed. It is short and has its own
 * hint: Astro prints an error's whole message, guesses a hint from its words (any "document" or
 * "window" in a quoted passage would bring up advice on browser APIs) and adds a stack trace.
 */
function buildStopped(count: number): Error {
	const error = new Error(`The build stopped: ${count === 1 ? 'a problem' : `${count} problems`} in the content, listed above.`);
	return Object.assign(error, {
		name: 'ContentProblems',
		hint: 'Fix each one at the file:line:column shown, then build again. `npm run check` lists them without building.',
		stack: '',
	});
}

/**
 * Checks all content before anything is written: seeds readable, schemas valid, every citation
 * and note anchor found word for word. `astro build` stops with every problem listed at once;
 * `astro dev` prints them again whenever content or seeds change.
 */
export function contentChecks(): AstroIntegration {
	let root = process.cwd();
	const report = async (logger: { error: (m: string) => void; info: (m: string) => void }) => {
		const { problems: contentProblems, citations } = getContentReport(root);
		// ICE's lists (data/ice/): a row that cannot be read is a problem like any other.
		const problems: Problem[] = [...contentProblems, ...(await loadAgreements(root)).problems];
		if (problems.length > 0) logger.error(`\n${formatProblems(problems)}`);
		else logger.info(`Content checked: ${citations.length} citations verified.`);
		return problems;
	};
	return {
		name: '287g-explained:content-checks',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = fileURLToPath(config.root);
				if (command === 'build') {
					const problems = await report(logger);
					if (problems.length > 0) throw buildStopped(problems.length);
				}
				if (command === 'dev') await report(logger);
			},
			'astro:server:setup': ({ server, logger }) => {
				// An editor's save can arrive as several events (truncate, then write), and the
				// first may see an empty file. Check once the files have been quiet for a moment.
				let pending: ReturnType<typeof setTimeout> | undefined;
				server.watcher.on('all', (_event, path) => {
					if (!/[\\/](content|seeds|data[\\/]ice)[\\/]/.test(path)) return;
					clearTimeout(pending);
					pending = setTimeout(() => {
						forgetContentReport();
						forgetAgreements();
						void report(logger);
					}, SETTLE_MS);
				});
			},
		},
	};
}
