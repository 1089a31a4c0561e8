import type { SeedSource } from '../corpus/source.ts';
import type { DateSuggestion } from '../corpus/suggest-dates.ts';
import type { FigureSuggestion } from '../corpus/suggest-figures.ts';
import { CONFIDENCE, SOURCE_KINDS } from '../schemas/article.ts';
import { todo } from '../checks/placeholders.ts';

export interface Suggestions {
	readonly dates: readonly DateSuggestion[];
	readonly figures: readonly FigureSuggestion[];
}

// Seed text goes inside an MDX comment; a `*/` in it would end the comment early.
const safe = (text: string) => text.replaceAll('*/', '*\\/');
const at = (paragraph: number) => `p-${paragraph}`.padEnd(6);
// JSON strings are valid YAML double-quoted scalars, whatever the title contains.
const yamlString = (text: string) => JSON.stringify(text);

function suggestionLines({ dates, figures }: Suggestions): string[] {
	const dated = [...new Map(dates.filter((d) => d.spec).map((d) => [d.sentence, d])).values()];
	const lines = [
		'  Date phrases found (clues for published.date; "Monday" or "last week" count from the',
		'  publication date, which the text may not print):',
	];
	lines.push(...(dates.length ? dates.map((d) => `    ${at(d.paragraph)}"${safe(d.phrase)}"${d.spec ? `  → ${d.spec}` : ''}`) : ['    (none)']));
	lines.push('', '  Dated sentences (candidate timeline events: `npm run new -- timeline <name>`):');
	lines.push(...(dated.length ? dated.map((d) => `    ${at(d.paragraph)}${d.spec}  "${safe(d.sentence)}"`) : ['    (none)']));
	lines.push('', '  Numbers (candidate figures: `npm run new -- figure <name>`):');
	lines.push(
		...(figures.length
			? figures.map((f) => `    ${at(f.paragraph)}${safe(f.phrase)}${f.approximate ? ' (approximate)' : ''}  "${safe(f.sentence)}"`)
			: ['    (none)']),
	);
	return lines;
}

/** The latest full date printed in the text: publication is usually on or soon after it. */
function latestDate(dates: readonly DateSuggestion[]): string | undefined {
	return dates
		.map((d) => d.spec?.split('/').pop())
		.filter((s): s is string => s !== undefined && s.length === 10)
		.sort()
		.pop();
}

/**
 * The starting file `npm run ingest` writes for a seed: frontmatter with the detected title and
 * a `TODO` in every field only a person can fill (the check reports each one with its line),
 * the suggestions found in the text as an MDX comment, and the sections to write.
 */
export function articleScaffold(seed: SeedSource, suggestions: Suggestions): string {
	const latest = latestDate(suggestions.dates);
	return [
		'---',
		'# Fill in every TODO; `npm run check` lists those left, with their lines. Guide: CONTRIBUTING.md.',
		`seed: ${yamlString(seed.file)}`,
		'# Detected headline; shorten or correct it if the seed has none.',
		`title: ${yamlString(seed.title)}`,
		`outlet: ${yamlString(todo('the outlet or publisher as readers know it, e.g. The National News Desk (TNND)'))}`,
		`kind: ${yamlString(todo(`one of ${Object.keys(SOURCE_KINDS).join(', ')}`))}`,
		'published:',
		`  date: ${yamlString(todo(`2025, 2025-05, 2025-05-07 or a range 2025-05-05/2025-05-09${latest ? `; the latest date in the text is ${latest}` : ''}`))}`,
		'  # false only when the source prints its own publication date.',
		'  estimated: true',
		`  confidence: ${yamlString(todo(`one of ${CONFIDENCE.join(', ')}`))}`,
		`  reasoning: ${yamlString(todo('one line: what the date rests on, e.g. "Last week" matches ICE\'s April 29, 2025 release'))}`,
		'# The 287(g) models the article concerns: jem, tfm, wso (empty for the program as a whole).',
		'models: []',
		'# Optional: url (original address), alsoAt (other addresses), description (one sentence for search).',
		'---',
		'',
		'{/*',
		`  Written by \`npm run ingest\` from seeds/${safe(seed.file)}. Paragraph numbers (p-3) are the`,
		'  anchors of the source page; `npm run quote -- <slug>` prints them. Delete this comment when done.',
		'',
		...suggestionLines(suggestions),
		'*/}',
		'',
		'## Summary',
		'',
		'{/* Two to four neutral sentences: what the article reports, attributed ("DHS said").',
		'    Cite each statement with a passage copied from this article: <Cite quote="exact words" /> */}',
		'',
		'{/* Context notes, where the article is wrong, overstated, outdated or needs context:',
		'    <Note quote="the exact passage" kind="context">What is off, citing another source.</Note> */}',
		'',
	].join('\n');
}
