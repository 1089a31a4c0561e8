import type { Problem } from '../corpus/problems.ts';
import type { Locale } from '../i18n/locales.ts';
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

/** The spellings that link to an entry on the pages of each language, and where each is written. */
function spellingsByLanguage(
	entry: CheckedGlossaryEntry,
): { locale: Locale; spellings: string[]; field: (spelling: string) => (string | number)[] | undefined }[] {
	const aliases = entry.aliases ?? [];
	const en = {
		locale: 'en' as const,
		spellings: [entry.term, entry.acronym, ...aliases].filter((s): s is string => s !== undefined),
		field: (s: string) => (s === entry.term ? ['term'] : s === entry.acronym ? ['acronym'] : ['aliases', aliases.indexOf(s)]),
	};
	if (!entry.es) return [en];
	const es = entry.es;
	return [
		en,
		{
			// A Spanish page finds a term by its Spanish name and aliases, and by the shared acronym.
			locale: 'es' as const,
			spellings: [es.term, entry.acronym, ...es.aliases].filter((s): s is string => s !== undefined),
			// A clash of the acronym is reported once, in English.
			field: (s: string) => (s === es.term ? ['es', 'term'] : s === entry.acronym ? undefined : ['es', 'aliases', es.aliases.indexOf(s)]),
		},
	];
}

/**
 * What the schema cannot see: a file name that cannot be an anchor, `related` ids and
 * `<Term id>` that name no entry, an entry related to itself, and one spelling claimed by two
 * entries in the same language (a mention could link to either).
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
	const claimed: Record<Locale, Map<string, CheckedGlossaryEntry>> = { en: new Map(), es: new Map() };
	for (const { entry, yaml } of entries) {
		if (!VALID_ID.test(entry.id)) {
			problems.push({
				file: entry.file,
				message: `the file name "${entry.id}" is the term's anchor (/glossary/#${entry.id}); it must start with a letter and use only a-z, 0-9 and "-". Rename the file, and the ids that name it in related: and <Term id>.`,
			});
		}
		(entry.related ?? []).forEach((id, i) => {
			const at = { file: entry.file, ...yaml.locate(['related', i]) };
			if (id === entry.id) problems.push({ ...at, message: `related: "${id}" is this entry itself; list other terms only.` });
			else if (!ids.includes(id)) problems.push({ ...at, message: `related: ${unknown(id, known)}` });
		});
		for (const { locale, spellings, field } of spellingsByLanguage(entry)) {
			for (const spelling of new Set(spellings)) {
				const owner = claimed[locale].get(spelling);
				if (!owner) {
					claimed[locale].set(spelling, entry);
					continue;
				}
				const at = field(spelling);
				if (!at) continue;
				problems.push({
					file: entry.file,
					...yaml.locate(at),
					message: `"${spelling}" is also a spelling of "${owner.id}" (${owner.file}); a mention must link to one term. Keep it in one entry.`,
				});
			}
		}
	}
	for (const use of uses) {
		if (!ids.includes(use.id))
			problems.push({ file: use.file, line: use.line, column: use.column, message: `<Term id="${use.id}">: ${unknown(use.id, known)}` });
	}
	return problems;
}
