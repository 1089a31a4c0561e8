/**
 * `npm run check`: the content checks of the build, without building.
 * Exits 1 and lists every problem, with file:line:column, when anything must be fixed.
 */
import { checkContent } from '../src/checks/check-content.ts';
import { formatProblems } from '../src/corpus/problems.ts';

const report = checkContent(process.cwd());
for (const { seed } of report.corpus.seeds) {
	for (const warning of seed.warnings) console.warn(`seeds/${seed.file}: ${warning}`);
}
if (report.problems.length > 0) {
	console.error(formatProblems(report.problems));
	process.exit(1);
}
console.log(`Content OK: ${report.files.length} files, ${report.corpus.seeds.length} sources, ${report.citations.length} citations verified.`);
