import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateSeedProblems } from './duplicate-seeds.ts';
import type { Problem } from './problems.ts';
import { parseSeed, type SeedSource } from './source.ts';

/**
 * Reads every file of the seeds folder. Each one becomes a source, or a problem saying why not:
 * nothing in the folder is skipped silently. Two seeds with the same text are a problem too.
 */
export function readSeeds(dir: string, label = 'seeds'): { seeds: SeedSource[]; problems: Problem[] } {
	const seeds: SeedSource[] = [];
	const problems: Problem[] = [];
	if (!existsSync(dir)) return { seeds, problems: [{ file: label, message: 'is missing. Create it and put the source articles in it as .txt files.' }] };
	for (const file of readdirSync(dir).sort()) {
		if (file.startsWith('.')) continue;
		if (!file.endsWith('.txt')) {
			problems.push({ file: `${label}/${file}`, message: 'is not a .txt file. Seeds are plain text: save it as .txt, or move it out of seeds/.' });
			continue;
		}
		const parsed = parseSeed(file, readFileSync(join(dir, file)));
		if (parsed.ok) seeds.push(parsed.source);
		else problems.push({ file: `${label}/${file}`, message: `cannot be read: ${parsed.problem}` });
	}
	problems.push(...duplicateSeedProblems(seeds, label));
	return { seeds, problems };
}
