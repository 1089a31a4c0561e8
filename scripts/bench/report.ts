import type { Measurement } from './measure.ts';

export interface Row {
	readonly n: number;
	readonly floor: Measurement;
	readonly project: Measurement;
}

const MB = 1e6;
const TIME_RATIO_TARGET = 1.5;
const MEMORY_TARGET = 2e9;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export function mean(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function line(n: number, site: string, m: Measurement): string {
	const html = `${kilobytes(mean(m.pageBytes))} / ${kilobytes(median(m.pageBytes))}`;
	return `| ${n} | ${site} | ${seconds(m.wallMs)} | ${(m.wallMs / n).toFixed(0)} ms | ${seconds(m.cpuMs)} | ${megabytes(m.peakRss)} | ${megabytes(m.outputBytes)} | ${html} |`;
}

/** The benchmark's results as a Markdown table, ready to paste into the README. */
export function table(rows: readonly Row[]): string {
	const out = [
		'| articles | site | wall time | per article | CPU time | peak memory | output | HTML per source page (mean / median) |',
		'|---:|---|---:|---:|---:|---:|---:|---:|',
	];
	for (const { n, floor, project } of rows) {
		out.push(line(n, 'floor: bare Astro + MDX + Pagefind', floor), line(n, '287(g) Explained', project));
		out.push(
			`| ${n} | **ratio to the floor** | **${ratio(project.wallMs, floor.wallMs)}** | | ${ratio(project.cpuMs, floor.cpuMs)} | ${ratio(project.peakRss, floor.peakRss)} | ` +
				`${ratio(project.outputBytes, floor.outputBytes)} | ${ratio(mean(project.pageBytes), mean(floor.pageBytes))} |`,
		);
	}
	return out.join('\n');
}

/** Pages built from ICE's lists: /agreements/ and everything under it. */
export function agreementPages(m: Pick<Measurement, 'htmlPaths'>): number {
	return m.htmlPaths.filter((p) => p.startsWith('agreements/')).length;
}

/** The targets of the issue, checked on the largest corpus measured. */
export function verdict(rows: readonly Row[]): string[] {
	const largest = rows.at(-1)!;
	const smallest = rows[0]!;
	const timeRatio = largest.project.wallMs / largest.floor.wallMs;
	const lines = [
		`Build time at ${largest.n} articles: ${ratio(largest.project.wallMs, largest.floor.wallMs)} the floor's wall time, ` +
			`${ratio(largest.project.cpuMs, largest.floor.cpuMs)} its CPU time (target at most ${TIME_RATIO_TARGET}×): ${timeRatio <= TIME_RATIO_TARGET ? 'met' : 'NOT met'}.`,
		`Peak memory at ${largest.n} articles: ${megabytes(largest.project.peakRss)} (target under 2 GB): ` +
			`${largest.project.peakRss < MEMORY_TARGET ? 'met' : 'NOT met'}.`,
	];
	const agreements = agreementPages(largest.project);
	lines.push(
		agreements > 0
			? `Pages from ICE's lists in the site's build: ${agreements} (/agreements/ and the pages under it).`
			: "Pages from ICE's lists in the site's build: NONE; the benchmark must include /agreements/ (is data/ in SITE_FILES?).",
	);
	if (rows.length > 1) {
		const growth = median(largest.project.pageBytes) / median(smallest.project.pageBytes) - 1;
		lines.push(
			`Median HTML per source page from ${smallest.n} to ${largest.n} articles: ${kilobytes(median(smallest.project.pageBytes))} → ` +
				`${kilobytes(median(largest.project.pageBytes))} (${(growth * 100).toFixed(1)}%; target: independent of corpus size).`,
		);
	}
	return lines;
}
