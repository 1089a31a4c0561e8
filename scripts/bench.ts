/**
 * `npm run bench`: builds a synthetic corpus of N source articles made from the real seeds, and
 * the same articles as a bare Astro + MDX + Pagefind site (the floor), in the system's temporary
 * folder; prints wall time, peak memory, output size and HTML per source page, and the ratios.
 *
 *   npm run bench                   N = 100, then N = 1000
 *   npm run bench -- --n 200        one size
 *   npm run bench -- --runs 3       build each one three times, keep the fastest
 *   npm run bench -- --n 100,500 --keep    keep the temporary projects to look at
 */
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { floorProject } from './bench/floor-project.ts';
import { bestOf, measureBuild, type Measurement } from './bench/measure.ts';
import { agreementPages, table, verdict, type Row } from './bench/report.ts';
import { syntheticCorpus } from './bench/synthetic-corpus.ts';
import { SITE_FILES } from './lib/project-files.ts';
import { tempProject } from './bench/temp-project.ts';

const { values } = parseArgs({
	options: { n: { type: 'string', default: '100,1000' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
const sizes = values.n
	.split(',')
	.map(Number)
	.sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n < 5)) throw new Error('--n takes whole numbers of at least 5, e.g. --n 100,1000');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1.');

const repo = process.cwd();
const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
const rows: Row[] = [];
for (const n of sizes) {
	console.error(`${n} articles: generating…`);
	const project = tempProject(repo, `project-${n}`, SITE_FILES, syntheticCorpus(repo, n));
	const floor = tempProject(repo, `floor-${n}`, [], floorProject(project));
	try {
		const builds = {
			floor: { root: floor, isSourcePage: (p: string) => /^[^/]+\/index\.html$/.test(p) },
			site: { root: project, isSourcePage: (p: string) => /^sources\/[^/]+\/index\.html$/.test(p) },
		};
		const measured: Record<keyof typeof builds, Measurement[]> = { floor: [], site: [] };
		for (let run = 1; run <= runs; run++) {
			// Alternate which goes first, so that neither always gets the warmer disk cache.
			for (const name of run % 2 === 1 ? (['floor', 'site'] as const) : (['site', 'floor'] as const)) {
				console.error(`${n} articles, run ${run}/${runs}: building the ${name} in ${builds[name].root}`);
				measured[name].push(await measureBuild(builds[name].root, astro, builds[name].isSourcePage));
			}
		}
		const row = { n, floor: bestOf(measured.floor), project: bestOf(measured.site) };
		for (const [name, m] of [
			['floor', row.floor],
			['site', row.project],
		] as const) {
			if (m.pageBytes.length !== n) throw new Error(`The ${name} built ${m.pageBytes.length} source pages, not ${n}.`);
		}
		rows.push(row);
	} finally {
		if (!values.keep) for (const dir of [project, floor]) rmSync(dir, { recursive: true, force: true });
	}
}

console.log(
	`\nBuild benchmark, ${cpus().length} cores, Node ${process.version}, ${runs === 1 ? '1 run' : `fastest of ${runs} runs`}, ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log(table(rows));
console.log(`\n${verdict(rows).join('\n')}`);
// The benchmark measures the whole site, ICE's lists included: a build without them proves nothing.
if (agreementPages(rows.at(-1)!.project) === 0) process.exitCode = 1;
