/**
 * `npm run check`: the content checks of the build, without building.
 * Lists the two editorial checks (explainer sentences without a citation, loaded terms in the
 * site's own voice) even when they are empty, then the Spanish pages and entries missing or older
 * than the English (warnings), then every other problem, with file:line:column.
 * Exits 1 when anything must be fixed.
 */
import { loadAgreements } from '../src/agreements/load.ts';
import { checkContent } from '../src/checks/check-content.ts';
import { formatProblem, formatProblems, type Problem } from '../src/corpus/problems.ts';
import { count } from '../src/agreements-view/format.ts';
import { projectTranslationGaps, translationHeading } from '../src/checks/translations.ts';

const report = checkContent(process.cwd());
for (const { seed } of report.corpus.seeds) {
	for (const warning of seed.warnings) console.warn(`seeds/${seed.file}: ${warning}`);
}
const { uncited, loadedTerms } = report.editorial;

function list(title: string, problems: readonly Problem[]): void {
	console.log(`${title}: ${problems.length}`);
	for (const p of problems) console.log(`  ${formatProblem(p).replace(/\n/g, '\n  ')}`);
}

list('Explainer sentences without a citation', uncited);
list("Loaded terms outside quotation marks in the site's own voice", loadedTerms);

// Warnings, not errors: a page not translated yet shows the English with a notice.
const gaps = projectTranslationGaps(process.cwd(), report);
console.log(translationHeading(gaps.length));
for (const g of gaps) console.log(`  ${formatProblem(g).replace(/\n/g, '\n  ')}`);

const agreements = await loadAgreements(process.cwd());
for (const warning of agreements.warnings) console.warn(formatProblem(warning));
const listed = new Set<Problem>([...uncited, ...loadedTerms]);
const others = [...report.problems.filter((p) => !listed.has(p)), ...agreements.problems];
if (others.length > 0) console.error(formatProblems(others));
if (report.problems.length > 0 || agreements.problems.length > 0) process.exit(1);
console.log(
	`Content OK: ${count(report.files.length, 'file', 'files')}, ${count(report.corpus.seeds.length, 'source', 'sources')}, ${count(report.citations.length, 'citation', 'citations')} verified; ${count(agreements.lists.length, 'ICE list', 'ICE lists')} read.`,
);
