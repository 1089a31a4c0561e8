import type { Problem } from '../corpus/problems.ts';
import { spellingsOf } from '../corpus/term-matcher.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { TermUse } from './collect-term-uses.ts';
import type { LocatedYaml } from './yaml-locate.ts';

/** A valid glossary entry as the checks and the glossary links read it. */
export interface GlossaryEntry extends GlossaryData {
	/** The file name without `.yaml`: the anchor on /glossary/ and the id in `related` and `<Term>`. */
	readonly id: string;
	readonly file: string;
}

function unknown(id: string, known: readonly string[]): string {
	return `unknown glossary term "${id}". Use the name of a file in content/glossary/, without .yaml: ${known.join(', ')}.`;
}

/**
 * What the schema cannot see: `related` ids and `<Term id>` that name no entry, an entry
 * related to itself, and one spelling claimed by two entries (a mention could link to either).
 * `ids` are all glossary files, valid or not, so that one broken entry does not make every
 * reference to it a second problem.
 */
export function glossaryProblems(
	ids: readonly string[],
	entries: readonly { entry: GlossaryEntry; yaml: LocatedYaml }[],
	uses: readonly TermUse[],
): Problem[] {
	const known = [...ids].sort();
	const problems: Problem[] = [];
	const claimed = new Map<string, GlossaryEntry>();
	for (const { entry, yaml } of entries) {
		entry.related.forEach((id, i) => {
			const at = { file: entry.file, ...yaml.locate(['related', i]) };
			if (id === entry.id) problems.push({ ...at, message: `related: "${id}" is this entry itself; list other terms only.` });
			else if (!ids.includes(id)) problems.push({ ...at, message: `related: ${unknown(id, known)}` });
		});
		for (const spelling of new Set(spellingsOf(entry))) {
			const owner = claimed.get(spelling);
			if (!owner) {
				claimed.set(spelling, entry);
				continue;
			}
			if (owner === entry) continue;
			const field = spelling === entry.term ? ['term'] : spelling === entry.acronym ? ['acronym'] : ['aliases', entry.aliases.indexOf(spelling)];
			problems.push({
				file: entry.file,
				...yaml.locate(field),
				message: `"${spelling}" is also a spelling of "${owner.id}" (${owner.file}); a mention must link to one term. Keep it in one entry.`,
			});
		}
	}
	for (const use of uses) {
		if (!ids.includes(use.id)) problems.push({ file: use.file, line: use.line, column: use.column, message: `<Term id="${use.id}">: ${unknown(use.id, known)}` });
	}
	return problems;
}
