import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { AgreementList, ListRow } from '../../src/agreements/types.ts';
import { guidePageState, type TranslationGap } from '../../src/checks/translations.ts';
import { ReferenceList } from '../../src/corpus/reference-list.ts';
import type { ReferenceView } from '../../src/corpus/reference-view.ts';
import { messages } from '../../src/i18n/index.ts';
import { agreementsChart } from '../../src/render/agreements-chart.ts';
import { comparisonTable, modelColumns } from '../../src/render/comparison-table.ts';
import { checkFigure, checkInBrief, describeCheck, noListWords } from '../../src/render/figure-check.ts';
import { comparisons, figureInBrief, figureTexts, figureUnitWord, formatFigureValue, groupByMetric } from '../../src/render/figures.ts';
import { COMPARISONS, METRICS, QUALIFIERS } from '../../src/schemas/figure.ts';
import type { ModelId } from '../../src/schemas/models.ts';
import { figure } from '../support/figure-entry.ts';

const m = messages('es').figures;

describe('a figure in Spanish', () => {
	it.each([
		[{ value: 1001 }, '1,001'],
		[{ value: 600, approximate: 'nearly' }, 'casi 600'],
		[{ value: 800, approximate: true }, 'alrededor de 800'],
		[{ value: 1000, approximate: 'more than' }, 'más de 1,000'],
		[{ value: 650, approximate: 'over' }, 'más de 650'],
		[{ value: 641, unit: 'percent' }, '641%'],
		[{ value: 30, approximate: 'almost', unit: 'years' }, 'casi 30 años'],
		[{ value: 1, unit: 'days' }, '1 día'],
		[{ value: 47, unit: 'days' }, '47 días'],
		[{ value: 14_000_000, approximate: 'roughly' }, 'aproximadamente 14 millones'],
		[{ value: 1_000_000 }, '1 millón'],
		[{ value: 1_234_567 }, '1,234,567'],
	])('shows %o as "%s", numbers as es-US', (fields, shown) => {
		expect(formatFigureValue(figure('x', { asOf: '2025', ...fields }).data, 'es')).toBe(shown);
	});

	it('has a Spanish word for every qualifier sources use, and the English one is the source’s own', () => {
		for (const q of QUALIFIERS) {
			expect(m.qualifiers[q], q).toMatch(/\S/);
			expect(messages('en').figures.qualifiers[q]).toBe(q);
		}
	});

	it('names what is counted, with "de" after millions', () => {
		expect(figureUnitWord(figure('x', { value: 600, asOf: '2025' }).data, 'es')).toBe('acuerdos');
		expect(figureUnitWord(figure('x', { metric: 'agencies', value: 1, asOf: '2025' }).data, 'es')).toBe('agencia');
		expect(figureUnitWord(figure('x', { metric: 'officers', value: 8501, asOf: '2025' }).data, 'es')).toBe('agentes');
		expect(figureUnitWord(figure('x', { metric: 'arrests', value: 1_000_000, asOf: '2026' }).data, 'es')).toBe('de arrestos');
		expect(figureUnitWord(figure('x', { metric: 'arrests', value: 1_000_000, asOf: '2026' }).data, 'en')).toBe('arrests');
		expect(figureUnitWord(figure('x', { metric: 'other', value: 42, asOf: '2017' }).data, 'es')).toBe('');
	});

	it('writes the short form with a Spanish date and the Spanish claimant when there is one', () => {
		const data = figure('x', {
			value: 1001,
			asOf: '2025-09-17',
			claimedBy: 'DHS, as reported by NPR',
			es: { counts: 'acuerdos', claimedBy: 'DHS, según NPR' },
		}).data;
		expect(figureInBrief(data, 'es')).toBe('1,001 acuerdos (DHS, según NPR, 17 de septiembre de 2025)');
		expect(figureInBrief(data)).toBe('1,001 agreements (DHS, as reported by NPR, September 17, 2025)');
	});

	it('gives each text field in Spanish where translated, and the English marked lang="en" where not', () => {
		const data = figure('x', {
			value: 579,
			asOf: '2025-04-29',
			counts: 'agreements signed or pending',
			status: 'signed or pending',
			note: 'Counts pending agreements.',
			es: { counts: 'acuerdos firmados o pendientes', claimedBy: 'DHS', status: 'firmados o pendientes' },
		}).data;
		expect(figureTexts(data, 'es')).toEqual({
			counts: { text: 'acuerdos firmados o pendientes' },
			claimedBy: { text: 'DHS' },
			status: { text: 'firmados o pendientes' },
			note: { text: 'Counts pending agreements.', lang: 'en' },
		});
		expect(figureTexts(data, 'en')).toEqual({
			counts: { text: 'agreements signed or pending' },
			claimedBy: { text: 'DHS' },
			status: { text: 'signed or pending' },
			note: { text: 'Counts pending agreements.' },
		});
		// Without any translation, every field is the English one, marked; fields the figure lacks stay out.
		expect(figureTexts(figure('y', { value: 1, asOf: '2025' }).data, 'es')).toEqual({
			counts: { text: 'agreements', lang: 'en' },
			claimedBy: { text: 'DHS', lang: 'en' },
		});
	});
});

describe('groups of figures in Spanish', () => {
	const all = [
		figure('a-1001', { value: 1001, asOf: '2025-09-17', compare: 'september-2025' }),
		figure('g-1000', { metric: 'agencies', value: 1000, asOf: '2025-09-17', compare: 'september-2025' }),
		figure('o-8501', { metric: 'officers', value: 8501, asOf: '2025-09-02' }),
		figure('x-42', { metric: 'other', value: 42, asOf: '2017-09' }),
	];

	it('keeps the order and keys of METRICS, with Spanish headings', () => {
		expect(groupByMetric(all, 'es').map((g) => [g.key, g.label])).toEqual([
			['agreements', 'Acuerdos'],
			['agencies', 'Agencias'],
			['officers', 'Agentes'],
			['other', 'Otras cifras'],
		]);
	});

	it('names the comparisons in Spanish', () => {
		expect(comparisons(all, 'es').map((g) => [g.key, g.label])).toEqual([['september-2025', 'Los acuerdos y las agencias en septiembre de 2025']]);
	});

	it('has a heading in both languages for every metric and comparison of the schema, the English one as the schema has it', () => {
		for (const [key, label] of Object.entries(METRICS)) {
			expect(messages('en').figures.metrics[key as keyof typeof METRICS]).toBe(label);
			expect(m.metrics[key as keyof typeof METRICS]).toMatch(/\S/);
		}
		for (const [key, label] of Object.entries(COMPARISONS)) {
			expect(messages('en').figures.comparisons[key as keyof typeof COMPARISONS]).toBe(label);
			expect(m.comparisons[key as keyof typeof COMPARISONS]).toMatch(/\S/);
		}
	});
});

/** A row of an ICE list, from the fields that matter for counting. */
function row(agency: string, model: ModelId): ListRow {
	return {
		file: 'data/ice/test.xlsx',
		sheet: 'Sheet1',
		row: 2,
		state: 'FL',
		agency,
		agencyKey: agency.toLowerCase(),
		agencyType: 'Sheriff’s Office',
		county: null,
		model,
		signed: '2025-02-01',
		moa: null,
		addenda: [],
	};
}

const ROWS = [row('A', 'jem'), row('A', 'tfm'), row('B', 'wso')];
const LISTS: AgreementList[] = [
	{ file: 'data/ice/2021-01-13.html', date: '2021-01-13', kind: 'wayback-table', sha256: '0'.repeat(64), rows: ROWS.slice(0, 1) },
	{ file: 'data/ice/2025-05-03.xlsx', date: '2025-05-03T14:00', kind: 'ice-workbook', sha256: '0'.repeat(64), rows: ROWS },
];

describe("ICE's list beside a figure, in Spanish", () => {
	it('names the count compared, the other count, the list and how far it is from the figure’s date', () => {
		const check = checkFigure(figure('a', { value: 517, asOf: '2025-05-01' }).data, LISTS);
		expect(check?.status === 'compared' && describeCheck(check, 'es')).toEqual({
			count: '3 acuerdos',
			detail: '(filas de la lista, una por acuerdo), que corresponden a 2 agencias',
			list: 'en el libro de Excel de ICE del 3 de mayo de 2025',
			distance: 'la lista archivada más cercana, 2 días después de la fecha de la cifra',
		});
		const agencies = checkFigure(figure('b', { metric: 'agencies', value: 150, asOf: '2021-01-14' }).data, LISTS);
		expect(agencies?.status === 'compared' && describeCheck(agencies, 'es')).toEqual({
			count: '1 agencia',
			detail: '(agencias distintas en la lista), con 1 acuerdo, una fila por acuerdo',
			list: 'en la tabla de la página de ICE tal como la capturó Wayback Machine el 13 de enero de 2021 (no es un archivo del propio ICE)',
			distance: 'la lista archivada más cercana, 1 día antes de la fecha de la cifra',
		});
	});

	it('gives the short form of a table cell', () => {
		expect(checkInBrief(checkFigure(figure('a', { value: 517, asOf: '2025-05-01' }).data, LISTS), 'es')).toBe(
			'3 acuerdos (libro de Excel de ICE del 3 de mayo de 2025)',
		);
		expect(checkInBrief(checkFigure(figure('b', { metric: 'agencies', value: 1, asOf: '2021-01' }).data, LISTS), 'es')).toBe(
			'1 agencia (copia de Wayback de la página de ICE del 13 de enero de 2021)',
		);
		expect(checkInBrief(checkFigure(figure('c', { value: 1, asOf: '2017' }).data, LISTS), 'es')).toBe('no se compara');
	});

	it('says why a figure is not compared', () => {
		const words = (asOf: string) => {
			const check = checkFigure(figure('c', { value: 1, asOf }).data, LISTS);
			return check?.status === 'no-list' ? noListWords(check, 'es') : check;
		};
		expect(words('2017-01')).toBe('No se compara: las listas archivadas comienzan el 13 de enero de 2021.');
		expect(words('2021-01-20/2025-01-19')).toBe('No se compara: la cifra abarca más de un mes, y cada lista es de un solo día.');
		expect(words('2023-06-01')).toBe('No se compara: ninguna lista archivada está a menos de 31 días de esta fecha.');
	});
});

describe('the agreements chart in Spanish', () => {
	const figures = [
		figure('a-35', { value: 35, asOf: '2017-01', chart: true }),
		figure('a-600', { value: 600, approximate: 'nearly', asOf: '2025-04-29', chart: true }),
		figure('a-1412', { value: 1412, asOf: '2026-02-13', chart: true }),
	];
	const { svg } = agreementsChart(figures, { titleId: 't', descId: 'd', locale: 'es' });

	it('has a Spanish title and description, with Spanish dates and es-US numbers', () => {
		expect(toString(select('title#t', svg)!)).toBe('Número de acuerdos 287(g), 2017–2026');
		expect(toString(select('desc#d', svg)!)).toBe(
			'Gráfico de líneas de 3 cifras de acuerdos 287(g) firmados o vigentes, de 35 (enero de 2017) a 1,412 (13 de febrero de 2026). La tabla junto al gráfico da cada valor, su fecha y quién lo informó.',
		);
	});

	it('names each point with its qualifier in Spanish', () => {
		expect(selectAll('circle title', svg).map((t) => toString(t))).toEqual([
			'35, enero de 2017',
			'casi 600, 29 de abril de 2025',
			'1,412, 13 de febrero de 2026',
		]);
		expect(selectAll('.chart-grid text', svg).map((t) => toString(t))).toContain('1,500');
	});
});

describe('the models table in Spanish', () => {
	const view = (source: string, quote: string): ReferenceView => ({
		passage: quote,
		href: `/es/sources/${source}/#p-1`,
		sourceSlug: source,
		sourceTitle: source,
		titleLang: 'en',
		outlet: undefined,
		outletLang: undefined,
		date: undefined,
		kind: undefined,
		paragraph: 1,
		external: false,
	});
	const cell = (text: string, es: string | undefined) => ({ text, ...(es ? { es: { text: es } } : {}), citations: [{ source: 's', quote: 'in jail' }] });
	const data = {
		rows: [
			{ question: 'Where?', es: { question: '¿Dónde?' }, jem: cell('Jail', 'Cárcel'), tfm: cell('Field', undefined), wso: cell('Jail', 'Cárcel') },
			{ question: 'Who?', jem: cell('ICE', 'ICE'), tfm: cell('ICE', 'ICE'), wso: cell('ICE', 'ICE') },
		],
	};

	it('names the columns in Spanish, with their acronyms, linked to the Spanish pages', () => {
		expect(modelColumns('es').map((c) => [c.name, c.short, c.path])).toEqual([
			['Modelo de Control en Cárceles', 'JEM', '/es/models/jail-enforcement/'],
			['Modelo de Grupo de Trabajo', 'TFM', '/es/models/task-force/'],
			['Modelo de Agentes de Órdenes de Arresto', 'WSO', '/es/models/warrant-service-officer/'],
		]);
		expect(modelColumns().map((c) => c.name)).toEqual(['Jail Enforcement Model', 'Task Force Model', 'Warrant Service Officer']);
	});

	it('shows each question and cell in Spanish, and the English, marked, where the translation is missing', () => {
		const rows = comparisonTable(data, (c) => view(c.source, c.quote), new ReferenceList(), 'es');
		expect(rows.map((r) => [r.question, r.lang])).toEqual([
			['¿Dónde?', undefined],
			['Who?', 'en'],
		]);
		expect(rows[0]!.cells.map((c) => [c.text, c.lang])).toEqual([
			['Cárcel', undefined],
			['Field', 'en'],
			['Cárcel', undefined],
		]);
		const english = comparisonTable(data, (c) => view(c.source, c.quote), new ReferenceList());
		expect(english.flatMap((r) => [r.lang, ...r.cells.map((c) => c.lang)]).every((l) => l === undefined)).toBe(true);
	});

	it('has its heading, caption and question label in Spanish', () => {
		expect(messages('es').models).toMatchObject({ heading: 'Uno al lado del otro', question: 'Pregunta' });
		expect(messages('es').models.caption).toContain('una pregunta por fila');
	});
});

describe('the contributors’ guide page', () => {
	const gap = (state: TranslationGap['state']): TranslationGap => ({
		kind: 'guide',
		id: 'CONTRIBUTING.md',
		state,
		file: 'CONTRIBUTING.md',
		translation: 'CONTRIBUTING.es.md',
		message: '',
	});

	it('is translated unless the guide’s translation is missing or out of date', () => {
		expect(guidePageState([], 'es')).toBe('translated');
		expect(guidePageState([gap('missing')], 'es')).toBe('missing');
		expect(guidePageState([gap('outdated')], 'es')).toBe('outdated');
		expect(guidePageState([gap('missing')], 'en')).toBe('original');
		expect(guidePageState([{ ...gap('missing'), kind: 'figure' }], 'es')).toBe('translated');
	});
});
