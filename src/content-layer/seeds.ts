import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateSeedProblems } from '../corpus/duplicate-seeds.ts';
import type { Problem } from '../corpus/problems.ts';
import { parseSeed, type SeedSource } from '../corpus/source.ts';
import { namesIn } from './files.ts';

/**
 * Reads every file of the seeds folder. Each one becomes a source, or a problem saying why not:
 * nothing in the folder is skipped silently. Two seeds with the same text are a problem too.
 */
export function readSeeds(dir: string, label = 'seeds', readFile: (path: string) => Buffer = readFileSync): { seeds: SeedSource[]; problems: Problem[] } {
	const seeds: SeedSource[] = [];
	const problems: Problem[] = [];
	if (!existsSync(dir)) return { seeds, problems: [{ file: label, message: 'is missing. Create it and put the source articles in it as .txt files.' }] };
	for (const file of namesIn(dir)) {
		if (file.startsWith('.')) continue;
		if (!file.endsWith('.txt')) {
			problems.push({ file: `${label}/${file}`, message: 'is not a .txt file. Seeds are plain text: save it as .txt, or move it out of seeds/.' });
			continue;
		}
		const parsed = parseSeed(file, readFile(join(dir, file)));
		if (parsed.ok) seeds.push(parsed.source);
		else problems.push({ file: `${label}/${file}`, message: `cannot be read: ${parsed.problem}` });
	}
	problems.push(...duplicateSeedProblems(seeds, label));
	return { seeds, problems };
}
