import type { Problem } from '../corpus/problems.ts';
import { didYouMeanText } from '../lib/did-you-mean.ts';
import type { GlossaryData } from '../schemas/glossary.ts';
import type { TermUse } from './collect-term-uses.ts';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';

/** A valid glossary entry as the checks and the glossary links read it. */
export interface GlossaryEntry extends GlossaryData {
	/** The file name without `.yaml`: the anchor on /glossary/ and the id in `related` and `<Term>`. */
	readonly id: string;
	readonly file: string;
}

/** An id is an HTML id and part of an address: a letter first, then letters, digits and hyphens. */
const VALID_ID = /^[a-z][a-z0-9-]*$/;

/** An entry as far as it could be read: a file with schema problems may lack any field. */
export type CheckedGlossaryEntry = Pick<GlossaryEntry, 'id' | 'file'> & { [K in keyof GlossaryData]?: GlossaryData[K] | undefined };

/** The message for an id that names no entry: the likely one when there is one, else all. */
function unknown(id: string, known: readonly string[]): string {
	const hint = didYouMeanText(id, known) || (known.length > 0 ? `Known terms: ${known.join(', ')}.` : 'content/glossary/ has no entries yet.');
	return `unknown glossary term "${id}". Use the name of a file in content/glossary/, without .yaml. ${hint}`;
}

/**
 * What the schema cannot see: a file name that cannot be an anchor, `related` ids and
 * `<Term id>` that name no entry, an entry related to itself, and one spelling claimed by two
 * entries (a mention could link to either).
 * `ids` are all glossary files, valid or not, so that one broken entry does not make every
 * reference to it a second problem.
 */
export function glossaryProblems(
	ids: readonly string[],
	entries: readonly { entry: CheckedGlossaryEntry; yaml: LocatedYaml }[],
	uses: readonly TermUse[],
): Problem[] {
	const known = [...ids].sort();
	const problems: Problem[] = [];
	const claimed = new Map<string, CheckedGlossaryEntry>();
	for (const { entry, yaml } of entries) {
		if (!VALID_ID.test(entry.id)) {
			problems.push({
				file: entry.file,
				message: `the file name "${entry.id}" is the term's anchor (/glossary/#${entry.id}); it must start with a letter and use only a-z, 0-9 and "-". Rename the file, and the ids that name it in related: and <Term id>.`,
			});
		}
		const aliases = entry.aliases ?? [];
		(entry.related ?? []).forEach((id, i) => {
			const at = { file: entry.file, ...yaml.locate(['related', i]) };
			if (id === entry.id) problems.push({ ...at, message: `related: "${id}" is this entry itself; list other terms only.` });
			else if (!ids.includes(id)) problems.push({ ...at, message: `related: ${unknown(id, known)}` });
		});
		const spellings = [entry.term, entry.acronym, ...aliases].filter((s): s is string => s !== undefined);
		for (const spelling of new Set(spellings)) {
			const owner = claimed.get(spelling);
			if (!owner) {
				claimed.set(spelling, entry);
				continue;
			}
			const field = spelling === entry.term ? ['term'] : spelling === entry.acronym ? ['acronym'] : ['aliases', aliases.indexOf(spelling)];
			problems.push({
				file: entry.file,
				...yaml.locate(field),
				message: `"${spelling}" is also a spelling of "${owner.id}" (${owner.file}); a mention must link to one term. Keep it in one entry.`,
			});
		}
	}
	for (const use of uses) {
		if (!ids.includes(use.id))
			problems.push({ file: use.file, line: use.line, column: use.column, message: `<Term id="${use.id}">: ${unknown(use.id, known)}` });
	}
	return problems;
}
