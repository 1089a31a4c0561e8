import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeRss } from './process-tree.ts';

export interface Measurement {
	readonly wallMs: number;
	/** CPU time of the build: all its threads, and the Pagefind binary. Less sensitive than wall time to other work on the machine. */
	readonly cpuMs: number;
	/** Peak resident memory: the larger of the build process's own peak and the sampled process tree. */
	readonly peakRss: number;
	/** Bytes of everything in dist/. */
	readonly outputBytes: number;
	/** HTML bytes of each source page. */
	readonly pageBytes: readonly number[];
	/** Every HTML file of dist/, relative to it (`agreements/texas/index.html`). */
	readonly htmlPaths: readonly string[];
}

const USAGE = fileURLToPath(new URL('./usage.ts', import.meta.url));
const SAMPLE_MS = 100;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/**
 * Runs `astro build` in `root` and measures it. `isSourcePage` picks the source pages among the
 * HTML files of dist/ (paths relative to it).
 */
export async function measureBuild(root: string, astroBin: string, isSourcePage: (path: string) => boolean): Promise<Measurement> {
	// A full build every time: no output, content cache or Vite cache of an earlier run.
	for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, dir), { recursive: true, force: true });
	const usageFile = join(root, '.bench-usage.json');
	const started = performance.now();
	const child = spawn(process.execPath, ['--import', USAGE, astroBin, 'build'], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BENCH_USAGE_FILE: usageFile },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	let sampled = 0;
	const timer = setInterval(() => (sampled = Math.max(sampled, treeRss(child.pid!))), SAMPLE_MS);
	const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	clearInterval(timer);
	if (status !== 0) throw new Error(`The build in ${root} failed (exit ${status}):\n${log.slice(-4000)}`);
	const own = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRss: number; cpuMs: number }) : { maxRss: 0, cpuMs: 0 };
	rmSync(usageFile, { force: true });
	const dist = join(root, 'dist');
	const all = files(dist);
	const htmlPaths = all.filter((f) => f.endsWith('.html')).map((f) => relative(dist, f));
	return {
		wallMs,
		cpuMs: own.cpuMs,
		peakRss: Math.max(own.maxRss, sampled),
		outputBytes: all.reduce((sum, f) => sum + statSync(f).size, 0),
		pageBytes: all.filter((f) => f.endsWith('.html') && isSourcePage(relative(dist, f))).map((f) => statSync(f).size),
		htmlPaths,
	};
}

/** Several runs of one build as one: the fastest times (the least disturbed by other work), the highest memory. */
export function bestOf(runs: readonly Measurement[]): Measurement {
	const last = runs.at(-1)!;
	return {
		...last,
		wallMs: Math.min(...runs.map((r) => r.wallMs)),
		cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
		peakRss: Math.max(...runs.map((r) => r.peakRss)),
	};
}
