import { COMPARISONS, METRICS, type ComparisonId, type Metric, type Qualifier } from '../../schemas/figure.ts';
import { formatNumber, type PluralForms } from '../format.ts';
import { defineMessages } from './define.ts';
import { nouns } from './nouns.ts';

/**
 * The interface text of the figures page and its components: the cards, the tables of figures
 * that differ and the agreements chart. A figure's own text (`counts`, `status`, `claimedBy`,
 * `note`) is content, in its file's `es:` mapping; its `label` is the source's own words.
 */

const en = {
	title: 'Figures',
	description: 'Every count quoted about the 287(g) program: what it counts, as of when, who reported it and why figures for the same thing differ.',
	keywords: ['agreements over time', 'how many', 'counts', 'numbers', 'statistics'],
	/** The lead, around the link to /agreements/. */
	leadBefore: (n: number) =>
		`${formatNumber(n, 'en')} counts quoted about the 287(g) program, each with what it counts, the date it describes and who reported it. Agreements, agencies and officers are different units: one agency can hold an agreement for each of the three models, so agreements outnumber agencies. Beside each count of agreements or agencies is what `,
	leadLink: "ICE's own list of participating agencies",
	leadAfter:
		' held on that date, or on the nearest archived list, counted when the site is built: its rows for agreements (one row per agreement), its distinct agencies for agencies.',
	toc: 'On this page',
	overTime: 'Agreements over time',
	differ: 'Where figures differ',
	differText:
		'Sources often give different numbers for what looks like the same thing. Each table sets them side by side, oldest first, with the reason they differ when it is known: another date, another period, agencies instead of agreements, or pending agreements counted with signed ones. See also ',
	differLink: 'how figures are handled',
	differEnd: '.',
	/** The headings of the groups of figures, by what they count: the English names of src/schemas/figure.ts, METRICS. */
	metrics: METRICS as Readonly<Record<Metric, string>>,
	/** The word after a value, by what it counts; `other` counts have none, their `counts` says it. */
	units: {
		agreements: nouns.en.agreement,
		agencies: nouns.en.agency,
		officers: { one: 'officer', other: 'officers' },
		arrests: { one: 'arrest', other: 'arrests' },
		encounters: { one: 'encounter', other: 'encounters' },
	} as Readonly<Record<Exclude<Metric, 'other'>, PluralForms>>,
	/** The unit's word after a value written in millions: "1 million arrests". */
	ofMillions: (word: string) => word,
	/** The headings of the groups of figures for the same thing: the English names of src/schemas/figure.ts, COMPARISONS. */
	comparisons: COMPARISONS as Readonly<Record<ComparisonId, string>>,
	/** The words sources use for an approximate figure (src/schemas/figure.ts, QUALIFIERS). */
	qualifiers: {
		about: 'about',
		nearly: 'nearly',
		almost: 'almost',
		roughly: 'roughly',
		'more than': 'more than',
		over: 'over',
	} as Readonly<Record<Qualifier, string>>,
	million: { one: 'million', other: 'million' } as PluralForms,
	years: { one: 'year', other: 'years' } as PluralForms,
	days: { one: 'day', other: 'days' } as PluralForms,
	/** The names of a figure's facts, on its card and in the tables. */
	figure: 'Figure',
	asOf: 'As of',
	reportedBy: 'Reported by',
	status: 'Status',
	inWords: "In the source's words",
	models: 'Models',
	counted: 'What is counted',
	onList: "On ICE's list",
	why: 'Why it differs',
	noReason: 'No reason given in the sources.',
	/** The count of ICE's list beside a figure (src/render/figure-check.ts). */
	check: {
		/** After the count of agreements: what a row is, and the agencies that hold them. */
		rows: (agencies: string) => `(rows of the list, one per agreement), held by ${agencies}`,
		/** After the count of agencies: what is counted, and the agreements they hold. */
		agencies: (agreements: string) => `(distinct agencies on the list), holding ${agreements}, one row each`,
		/** Which list: "in ICE's workbook of September 17, 2025". */
		inList: (list: string) => `in ${list}`,
		before: (days: string) => `the nearest archived list, ${days} before the figure's date`,
		after: (days: string) => `the nearest archived list, ${days} after the figure's date`,
		period: 'Not compared: the figure covers more than a month, and each list is of one day.',
		beforeArchive: (day: string) => `Not compared: the archived lists begin on ${day}.`,
		gap: (days: number) => `Not compared: no archived list is within ${formatNumber(days, 'en')} days of this date.`,
		/** The short form in a table cell: "522 agreements (ICE's workbook of May 1, 2025)". */
		brief: (count: string, source: string, day: string) => `${count} (${source} of ${day})`,
		workbook: "ICE's workbook",
		wayback: "Wayback copy of ICE's page",
		notCompared: 'not compared',
	},
	/** The agreements-over-time chart and the table of its data (src/render/agreements-chart.ts). */
	chart: {
		caption:
			'Each point is one count of signed or active agreements, placed at the middle of the period it describes. Counts that mix in pending agreements, or count agencies instead of agreements, are left out; they are compared below.',
		tableCaption: 'The data plotted: 287(g) agreements over time',
		agreements: 'Agreements',
		title: (from: number, to: number) => `Number of 287(g) agreements, ${from}–${to}`,
		description: (n: number, first: string, firstDate: string, last: string, lastDate: string) =>
			`Line chart of ${formatNumber(n, 'en')} counts of signed or active 287(g) agreements, from ${first} (${firstDate}) to ${last} (${lastDate}). The table with the chart gives every value, its date and who reported it.`,
	},
};

const es: typeof en = {
	title: 'Cifras',
	description:
		'Todas las cifras citadas sobre el programa 287(g): qué cuentan, a qué fecha, quién las informó y por qué difieren las cifras sobre una misma cosa.',
	keywords: ['acuerdos a lo largo del tiempo', 'cuántos', 'cifras', 'números', 'estadísticas'],
	leadBefore: (n: number) =>
		`${formatNumber(n, 'es')} cifras citadas sobre el programa 287(g), cada una con lo que cuenta, la fecha que describe y quién la informó. Los acuerdos, las agencias y los agentes son unidades distintas: una agencia puede tener un acuerdo por cada uno de los tres modelos, así que hay más acuerdos que agencias. Junto a cada cifra de acuerdos o de agencias figura lo que tenía `,
	leadLink: 'la propia lista de agencias participantes de ICE',
	leadAfter:
		' en esa fecha, o la lista archivada más cercana, contado al construir el sitio: sus filas para los acuerdos (una fila por acuerdo) y sus agencias distintas para las agencias.',
	toc: 'En esta página',
	overTime: 'Los acuerdos a lo largo del tiempo',
	differ: 'Dónde difieren las cifras',
	differText:
		'Las fuentes suelen dar cifras distintas para lo que parece una misma cosa. Cada tabla las pone una al lado de la otra, de la más antigua a la más reciente, con la razón por la que difieren cuando se conoce: otra fecha, otro período, agencias en lugar de acuerdos, o acuerdos pendientes contados junto con los firmados. Vea también ',
	differLink: 'cómo se tratan las cifras',
	differEnd: '.',
	metrics: {
		agreements: 'Acuerdos',
		agencies: 'Agencias',
		officers: 'Agentes',
		arrests: 'Arrestos',
		encounters: 'Encuentros',
		other: 'Otras cifras',
	},
	units: {
		agreements: nouns.es.agreement,
		agencies: nouns.es.agency,
		officers: { one: 'agente', other: 'agentes' },
		arrests: { one: 'arresto', other: 'arrestos' },
		encounters: { one: 'encuentro', other: 'encuentros' },
	},
	// "1 millón de arrestos", "14 millones de personas".
	ofMillions: (word: string) => `de ${word}`,
	comparisons: {
		'start-of-2017': 'La participación al comenzar el primer gobierno de Trump (enero de 2017)',
		'end-of-first-term': 'La participación al final del primer gobierno de Trump (2020–2021)',
		'before-2025': 'La participación antes del segundo gobierno de Trump (diciembre de 2024)',
		'spring-2025': 'Los acuerdos a fines de abril y en mayo de 2025',
		'september-2025': 'Los acuerdos y las agencias en septiembre de 2025',
		'early-2026': 'Los acuerdos y las agencias a comienzos de 2026',
		'growth-since-135': 'Los porcentajes de crecimiento que da el DHS a partir de la base de 135 acuerdos',
		'tidal-wave-arrests': 'Los arrestos de la Operación Tidal Wave (Florida, abril de 2025)',
	},
	qualifiers: {
		about: 'alrededor de',
		nearly: 'casi',
		almost: 'casi',
		roughly: 'aproximadamente',
		'more than': 'más de',
		over: 'más de',
	},
	million: { one: 'millón', other: 'millones' },
	years: { one: 'año', other: 'años' },
	days: { one: 'día', other: 'días' },
	figure: 'Cifra',
	asOf: 'Fecha',
	reportedBy: 'Fuente de la cifra',
	status: 'Estado',
	inWords: 'En palabras de la fuente',
	models: 'Modelos',
	counted: 'Qué se cuenta',
	onList: 'En la lista de ICE',
	why: 'Por qué difiere',
	noReason: 'Las fuentes no dan ninguna razón.',
	check: {
		rows: (agencies: string) => `(filas de la lista, una por acuerdo), que corresponden a ${agencies}`,
		agencies: (agreements: string) => `(agencias distintas en la lista), con ${agreements}, una fila por acuerdo`,
		inList: (list: string) => `en ${list}`,
		before: (days: string) => `la lista archivada más cercana, ${days} antes de la fecha de la cifra`,
		after: (days: string) => `la lista archivada más cercana, ${days} después de la fecha de la cifra`,
		period: 'No se compara: la cifra abarca más de un mes, y cada lista es de un solo día.',
		beforeArchive: (day: string) => `No se compara: las listas archivadas comienzan el ${day}.`,
		gap: (days: number) => `No se compara: ninguna lista archivada está a menos de ${formatNumber(days, 'es')} días de esta fecha.`,
		brief: (count: string, source: string, day: string) => `${count} (${source} del ${day})`,
		workbook: 'libro de Excel de ICE',
		wayback: 'copia de Wayback de la página de ICE',
		notCompared: 'no se compara',
	},
	chart: {
		caption:
			'Cada punto es una cifra de acuerdos firmados o vigentes, situada en la mitad del período que describe. Se omiten las cifras que incluyen acuerdos pendientes o que cuentan agencias en lugar de acuerdos; se comparan más abajo.',
		tableCaption: 'Los datos del gráfico: acuerdos 287(g) a lo largo del tiempo',
		agreements: 'Acuerdos',
		title: (from: number, to: number) => `Número de acuerdos 287(g), ${from}–${to}`,
		description: (n: number, first: string, firstDate: string, last: string, lastDate: string) =>
			`Gráfico de líneas de ${formatNumber(n, 'es')} cifras de acuerdos 287(g) firmados o vigentes, de ${first} (${firstDate}) a ${last} (${lastDate}). La tabla junto al gráfico da cada valor, su fecha y quién lo informó.`,
	},
};

export const figures = defineMessages({ en, es });
