/**
 * Preloaded into a measured build with `node --import`. On exit it writes, where BENCH_USAGE_FILE
 * says, the peak resident memory of the build's own process and the CPU time of the build, its
 * threads and the processes it waited for (Pagefind's binary), as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** CPU time of waited-for children, from /proc (Linux); 0 elsewhere. */
function childrenCpuMs(): number {
	try {
		const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
		// Fields 16 and 17 of stat(5) (cutime, cstime), in clock ticks of 10 ms.
		return (Number(fields[13]) + Number(fields[14])) * 10;
	} catch {
		return 0;
	}
}

const out = process.env['BENCH_USAGE_FILE'];
if (out) {
	process.on('exit', () => {
		const usage = process.resourceUsage();
		const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000 + childrenCpuMs();
		writeFileSync(out, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuMs }));
	});
}
