import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

function read(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return ''; // The process ended meanwhile, or this is not Linux.
	}
}

function childrenOf(pid: number): number[] {
	let tasks: string[];
	try {
		tasks = readdirSync(`/proc/${pid}/task`);
	} catch {
		return [];
	}
	return tasks.flatMap((tid) => read(`/proc/${pid}/task/${tid}/children`).split(' ').filter(Boolean).map(Number));
}

/**
 * Resident memory in bytes of a process and all its descendants (the build and the Pagefind
 * binary it starts), from /proc; 0 where /proc is not there.
 */
export function treeRss(root: number): number {
	let total = 0;
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop()!;
		total += Number(read(`/proc/${pid}/statm`).split(' ')[1] ?? 0) * PAGE;
		queue.push(...childrenOf(pid));
	}
	return total;
}
