import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileDates } from '../lib/git-history.ts';
import type { Problem } from '../corpus/problems.ts';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';
import { translationState, type ChangeDates, type TranslationState } from '../i18n/completeness.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ContentFile, ContentKind } from '../content-layer/files.ts';

/**
 * The completeness check of a translation: every English page whose translation is missing or
 * older than the English (by git history), every data entry (glossary term, event, figure, table
 * row or cell) whose `es:` mapping is missing or lacks a text field, and the contributors' guide.
 * These are warnings: the English is shown meanwhile, with a notice (src/i18n/completeness.ts).
 */

/** One page or entry not (fully) in the language yet. */
export interface TranslationGap extends Problem {
	readonly kind: ContentKind | 'guide';
	/** The id shared by the English and the translation (`comparison` for the table). */
	readonly id: string;
	/** `missing`: no translation at all; `outdated`: older than the English; `partial`: some text fields lack it. */
	readonly state: 'missing' | 'outdated' | 'partial';
	/** The file to write or update. */
	readonly translation: string;
}

export interface TranslationInput {
	readonly files: readonly ContentFile[];
	/** The YAML content files as the content checks read them, by path (`ContentReport.yaml`). */
	readonly yaml: ReadonlyMap<string, LocatedYaml>;
	/** Last change of each file, from git (`fileDates`). */
	readonly dates: ChangeDates;
	/** Files present at the project root among `GUIDES` (the contributors' guide and its translations). */
	readonly guides: ReadonlySet<string>;
}

/** The contributors' guide; its translation carries the locale before the extension. */
export const GUIDES = ['CONTRIBUTING.md'] as const;

/** `CONTRIBUTING.md` in Spanish is `CONTRIBUTING.es.md`. */
export function guideTranslation(file: string, locale: Locale): string {
	return file.replace(/\.md$/, `.${locale}.md`);
}

/**
 * The translation of a page file: the same path in a folder named by the locale.
 *
 * In:  `content/explainers/models/task-force.mdx`, `es`
 * Out: `content/explainers/es/models/task-force.mdx`
 */
export function translationFile(file: string, locale: Locale): string {
	return file.replace(/^(content\/[^/]+)\//, `$1/${locale}/`);
}

type Fields = Record<string, unknown>;

const record = (value: unknown): Fields | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined);
const filled = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null);

/**
 * The text fields an entry must have in its `es:` mapping: those its English has, among the
 * translatable ones of its kind (a figure's `label` and a term's acronym are shown as written;
 * Spanish `aliases` are optional).
 */
const TEXT_FIELDS: Readonly<Record<'glossary' | 'timeline' | 'figure', readonly string[]>> = {
	glossary: ['term', 'definition', 'body'],
	timeline: ['title', 'summary'],
	figure: ['counts', 'claimedBy', 'status', 'note'],
};

/** The fields of `english` (among `fields`) that its `locale` mapping lacks; all of them when it has none. */
function lacking(english: Fields, fields: readonly string[], locale: Locale): { mapping: boolean; fields: string[] } {
	const translated = record(english[locale]);
	const wanted = fields.filter((f) => filled(english[f]));
	return { mapping: translated !== undefined, fields: wanted.filter((f) => !filled(translated?.[f])) };
}

function fieldsMessage(locale: Locale, gap: { mapping: boolean; fields: string[] }, what: string): string {
	const list = gap.fields.map((f) => `\`${f}\``).join(', ');
	return gap.mapping
		? `${what}: its \`${locale}:\` mapping lacks ${list}. Add ${gap.fields.length === 1 ? 'it' : 'them'} under \`${locale}:\`, translated from the English.`
		: `${what}: no \`${locale}:\` mapping yet. Add \`${locale}:\` with ${list}, translated from the English.`;
}

/** What to do about a page whose translation is missing or older than the English. */
function pageGapMessage(state: 'missing' | 'outdated', english: string, translation: string, dates: ChangeDates): string {
	if (state === 'missing') return `No translation yet: write ${translation}, translated from this file.`;
	const en = dates.get(english);
	const tr = dates.get(translation);
	const when = en && tr ? ` (English changed ${en.slice(0, 10)}, translation ${tr.slice(0, 10)})` : ' (the English has changes not committed yet)';
	return `${translation} is older than the English${when}: bring it up to date with the English changes (\`git log -p ${english}\`), then commit it.`;
}

/** Pages: an English explainer or article notes file whose translation is missing or older. */
function pageGaps(input: TranslationInput, locale: Locale): TranslationGap[] {
	const translations = new Map(input.files.filter((f) => f.locale === locale).map((f) => [`${f.kind}:${f.id}`, f.file]));
	const gaps: TranslationGap[] = [];
	for (const english of input.files) {
		if (english.locale !== 'en' || (english.kind !== 'explainer' && english.kind !== 'article')) continue;
		const existing = translations.get(`${english.kind}:${english.id}`);
		const translation = existing ?? translationFile(english.file, locale);
		const state: TranslationState = translationState(locale, english.file, existing, input.dates);
		if (state !== 'missing' && state !== 'outdated') continue;
		gaps.push({
			kind: english.kind,
			id: english.id,
			state,
			file: english.file,
			translation,
			message: pageGapMessage(state, english.file, translation, input.dates),
		});
	}
	return gaps;
}

/** Data entries: a glossary term, an event or a figure whose `es:` mapping is missing or partial. */
function entryGaps(input: TranslationInput, locale: Locale): TranslationGap[] {
	const gaps: TranslationGap[] = [];
	for (const file of input.files) {
		if (file.kind !== 'glossary' && file.kind !== 'timeline' && file.kind !== 'figure') continue;
		const yaml = input.yaml.get(file.file);
		const data = record(yaml?.data);
		if (!yaml || !data) continue; // unreadable: the content checks report it
		const gap = lacking(data, TEXT_FIELDS[file.kind], locale);
		if (gap.fields.length === 0) continue;
		const at = yaml.locate(gap.mapping ? [locale] : []);
		gaps.push({
			kind: file.kind,
			id: file.id,
			state: gap.mapping ? 'partial' : 'missing',
			file: file.file,
			translation: file.file,
			line: gap.mapping ? at.line : undefined,
			column: gap.mapping ? at.column : undefined,
			message: fieldsMessage(locale, gap, 'Not translated'),
		});
	}
	return gaps;
}

const MODELS = ['jem', 'tfm', 'wso'] as const;

/** The models table: each row's question and each cell's text. */
function comparisonGaps(input: TranslationInput, locale: Locale): TranslationGap[] {
	const gaps: TranslationGap[] = [];
	for (const file of input.files) {
		if (file.kind !== 'comparison') continue;
		const yaml = input.yaml.get(file.file);
		const rows = record(yaml?.data)?.rows;
		if (!yaml || !Array.isArray(rows)) continue;
		rows.forEach((value, i) => {
			const row = record(value);
			if (!row) return;
			const question = typeof row.question === 'string' ? row.question : `row ${i + 1}`;
			const parts: [readonly PropertyKey[], Fields, string, string][] = [
				[['rows', i], row, 'question', `Row "${question}"`],
				...MODELS.flatMap((m) => {
					const cell = record(row[m]);
					return cell ? [[['rows', i, m], cell, 'text', `Row "${question}", ${m} cell`] as [readonly PropertyKey[], Fields, string, string]] : [];
				}),
			];
			for (const [path, entry, field, what] of parts) {
				const gap = lacking(entry, [field], locale);
				if (gap.fields.length === 0) continue;
				const at = yaml.locate(gap.mapping ? [...path, locale] : path);
				gaps.push({
					kind: 'comparison',
					id: file.id,
					state: gap.mapping ? 'partial' : 'missing',
					file: file.file,
					translation: file.file,
					line: at.line,
					column: at.column,
					message: fieldsMessage(locale, gap, what),
				});
			}
		});
	}
	return gaps;
}

/** The contributors' guide, `CONTRIBUTING.md` against `CONTRIBUTING.es.md`. */
function guideGaps(input: TranslationInput, locale: Locale): TranslationGap[] {
	return GUIDES.filter((g) => input.guides.has(g)).flatMap((english): TranslationGap[] => {
		const file = guideTranslation(english, locale);
		const state = translationState(locale, english, input.guides.has(file) ? file : undefined, input.dates);
		if (state === 'missing')
			return [
				{ kind: 'guide', id: english, state, file: english, translation: file, message: `No translation yet: write ${file}, translated from this file.` },
			];
		if (state === 'outdated')
			return [
				{
					kind: 'guide',
					id: english,
					state,
					file: english,
					translation: file,
					message: `${file} is older than the English: bring it up to date with the English changes (\`git log -p ${english}\`), then commit it.`,
				},
			];
		return [];
	});
}

/**
 * Everything not in `locale` yet, in the order of the content files: pages, then data entries,
 * then the table, then the contributors' guide. Empty when the translation is complete.
 */
export function translationGaps(input: TranslationInput, locale: Locale = 'es'): TranslationGap[] {
	if (locale === 'en') return [];
	return [...pageGaps(input, locale), ...entryGaps(input, locale), ...comparisonGaps(input, locale), ...guideGaps(input, locale)];
}

/** The gaps of the project at `root`, from the checked content (no file is parsed again) and git. */
export function projectTranslationGaps(
	root: string,
	report: { readonly files: readonly ContentFile[]; readonly yaml: ReadonlyMap<string, LocatedYaml> },
	locale: Locale = 'es',
): TranslationGap[] {
	const guides = new Set([...GUIDES, ...GUIDES.map((g) => guideTranslation(g, locale))].filter((g) => existsSync(join(root, g))));
	return translationGaps({ files: report.files, yaml: report.yaml, dates: fileDates(root), guides }, locale);
}

/** The heading `npm run check` and the build print the list under. */
export function translationHeading(count: number): string {
	return `Spanish pages missing or older than the English: ${count}`;
}

/** What a data page (glossary, timeline, figures) shows in `locale`: `missing` while any of its entries lacks a translation. */
export function dataPageState(gaps: readonly TranslationGap[], kind: 'glossary' | 'timeline' | 'figure' | 'comparison', locale: Locale): TranslationState {
	if (locale === 'en') return 'original';
	return gaps.some((g) => g.kind === kind) ? 'missing' : 'translated';
}

/** What the contributors' guide page shows in `locale`: missing or out of date while the guide's translation is. */
export function guidePageState(gaps: readonly TranslationGap[], locale: Locale): TranslationState {
	if (locale === 'en') return 'original';
	const gap = gaps.find((g) => g.kind === 'guide');
	return gap === undefined ? 'translated' : gap.state === 'outdated' ? 'outdated' : 'missing';
}
