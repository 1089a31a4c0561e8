/**
 * One right example per field name, shown under a schema problem so that the contributor sees
 * what to write. Field names mean the same thing in every collection (a `date` is always a
 * date spec, a `quote` always a passage), so one table serves them all.
 */
const EXAMPLES: Record<string, string> = {
	seed: 'seed: 004_1d7eb5bae91b08c2.txt',
	title: 'title: Operation Tidal Wave in Florida',
	outlet: 'outlet: The National News Desk (TNND)',
	date: 'date: "2025-04-21"   (or "2025", "2025-04", "2025-04-21/2025-04-26"; in quotes)',
	asOf: 'asOf: "2025-09-17"   (or "2025", "2025-09"; in quotes)',
	reasoning: 'reasoning: "Last week" matches ICE\'s April 29, 2025 release.',
	url: 'url: https://www.example.com/news/2025/05/article',
	alsoAt: 'alsoAt: [https://www.example.com/reprint]',
	models: 'models: [jem, wso]   (jem, tfm, wso; [] for the program as a whole)',
	description: 'description: One sentence for search results and link previews.',
	summary: 'summary: ICE and Florida agencies carried out Operation Tidal Wave, which ICE described as a "first-of-its-kind" partnership.',
	term: 'term: Detainer',
	acronym: 'acronym: WSO',
	aliases: 'aliases: [immigration detainer, ICE detainer]',
	definition: 'definition: A DHS request that a jail hold a person for up to 48 extra hours so ICE can take custody.',
	related: 'related: [detainer, jail-enforcement-model]   (file names in content/glossary/, without .yaml)',
	citations: 'citations:\n    - source: local-authorities-team-with-ice\n      quote: "nearly 600 signed agreements"',
	source: 'source: local-authorities-team-with-ice   (a slug from /sources/<slug>/; `npm run quote` lists them)',
	quote: 'quote: "nearly 600 signed agreements"   (copied exactly from the source)',
	value: 'value: 1001   (a number: no commas, no words)',
	label: 'label: nearly 600 signed agreements',
	counts: 'counts: 287(g) agreements signed, in 40 states',
	claimedBy: 'claimedBy: DHS, as reported by the Washington Examiner',
	publisher: 'publisher: U.S. Department of Homeland Security, Office of Inspector General',
	passage: 'passage: "the exact sentence relied on, copied from the document"',
	order: 'order: 10',
	question: 'question: Where does it apply?',
	text: "text: In the partner's jail",
};

const BY_TYPE: Record<string, string> = { boolean: 'true', number: '1001', string: 'plain text' };

/**
 * An example line for the field at `path`: from the table, from the allowed values when the
 * field is a choice, or by the expected type.
 *
 * In:  `(['published', 'date'])`
 * Out: `date: "2025-04-21"   (or "2025", …)`
 */
export function exampleFor(path: readonly PropertyKey[], hint: { values?: readonly unknown[]; expected?: string } = {}): string | undefined {
	const key = [...path].reverse().find((k): k is string => typeof k === 'string');
	if (!key) return undefined;
	// An item of a list (`models.0`) is shown as the whole list, the way it is written.
	if (typeof path.at(-1) === 'number') return EXAMPLES[key];
	if (hint.values?.length) return `${key}: ${String(hint.values[0])}`;
	return EXAMPLES[key] ?? (hint.expected && BY_TYPE[hint.expected] ? `${key}: ${BY_TYPE[hint.expected]}` : undefined);
}
