import type { Root } from 'hast';
import { citeMarker, type ReferenceList } from '../corpus/reference-list.ts';
import type { ReferenceView } from '../corpus/reference-view.ts';
import { messages } from '../i18n/index.ts';
import { localePath, type Locale } from '../i18n/locales.ts';
import { localised, untranslatedLang } from '../i18n/localised.ts';
import type { Citation } from '../schemas/citation.ts';
import type { ComparisonData } from '../schemas/comparison.ts';
import { MODELS, type ModelId } from '../schemas/models.ts';

/** The address of the explainer after whose text the table is shown. */
export const COMPARISON_PAGE = '/models/';

/** The page of each model, in column order. */
export const MODEL_PAGES: Readonly<Record<ModelId, string>> = {
	jem: '/models/jail-enforcement/',
	tfm: '/models/task-force/',
	wso: '/models/warrant-service-officer/',
};

export interface ModelColumn {
	readonly id: ModelId;
	readonly name: string;
	readonly short: string;
	/** Address of the model's page, without the base path. */
	readonly path: string;
}

export interface ComparisonCellView {
	readonly model: ModelColumn;
	readonly text: string;
	/** `en` while the text has no translation in the page's language: the English is shown, marked as such. */
	readonly lang?: 'en' | undefined;
	/** The cell's citation marks, numbered in the page's references. */
	readonly markers: Root;
}

export interface ComparisonRowView {
	readonly question: string;
	/** `en` while the question has no translation in the page's language. */
	readonly lang?: 'en' | undefined;
	readonly cells: readonly ComparisonCellView[];
}

export const MODEL_COLUMNS: readonly ModelColumn[] = (Object.keys(MODEL_PAGES) as ModelId[]).map((id) => ({
	id,
	...MODELS[id],
	path: MODEL_PAGES[id],
}));

/**
 * The columns in `locale`: each model's name in that language and the address of its page there.
 *
 * In:  `modelColumns('es')[1]`
 * Out: `{ id: 'tfm', name: 'Modelo de Grupo de Trabajo', short: 'TFM', path: '/es/models/task-force/' }`
 */
export function modelColumns(locale: Locale = 'en'): ModelColumn[] {
	const names = messages(locale).citations.models;
	return MODEL_COLUMNS.map((column) => ({ ...column, name: names[column.id] ?? column.name, path: localePath(column.path, locale) }));
}

/**
 * The models table ready to render: a row per question, a cell per model. Each cell's
 * citations join the page's numbered references, so a passage the text already cites keeps
 * its number and the reader finds every quoted passage in one list.
 */
export function comparisonTable(
	data: ComparisonData,
	resolve: (citation: Citation) => ReferenceView,
	references: ReferenceList,
	locale: Locale = 'en',
): ComparisonRowView[] {
	const columns = modelColumns(locale);
	return data.rows.map((row) => ({
		question: localised(row, locale).question,
		lang: untranslatedLang(row.es?.question, locale),
		cells: columns.map((model) => {
			const cell = row[model.id];
			const markers = cell.citations.map((c) => {
				const view = resolve(c);
				return citeMarker(references.cite(view), view, locale);
			});
			return { model, text: localised(cell, locale).text, lang: untranslatedLang(cell.es?.text, locale), markers: { type: 'root', children: markers } };
		}),
	}));
}
