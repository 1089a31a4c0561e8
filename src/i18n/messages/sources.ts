import { defineMessages } from './define.ts';
import { BOILERPLATE_LABELS, type BoilerplateKind } from '../../corpus/boilerplate.ts';

type Confidence = 'high' | 'medium' | 'low';

/** The interface text of the sources pages and their components. */
export const sources = defineMessages({
	en: {
		// The list of sources, /sources/.
		title: 'Sources',
		description:
			'The news articles this site is built from, each shown in full with its outlet, kind and estimated date, and every passage of an outside document the site relies on.',
		articlesHeading: 'Source articles',
		articlesLead: (n: string) =>
			`The site is built from ${n} source articles, stored exactly as received. Each page shows the full text with numbered paragraphs, the passages other pages cite, and context notes where a source is wrong, overstated or needs context. Dates the articles do not print are estimates, with the confidence shown.`,
		notAnnotatedLine: 'Not yet annotated: outlet and date unknown.',
		documentsHeading: 'Outside documents',
		documentsLead: (passages: string, documents: string) =>
			`For facts its source articles do not state, the site relies on ${passages} passages of ${documents} outside documents: official reports, laws, agency pages and other news reports. Each passage is recorded word for word, with the address it was read at, and quotes from it are checked against it like quotes from a source article. Follow a title to read the whole document.`,
		citedIn: 'Cited in',
		// One source's page, /sources/<slug>/.
		eyebrow: (kind: string) => `Source article · ${kind}`,
		notAnnotatedKind: 'not yet annotated',
		pageDescription: (title: string) => `The full text of “${title}”, with numbered paragraphs, context notes and the pages that cite it.`,
		notAnnotatedHeading: 'Not yet annotated',
		/** Before and after the command and the folder, shown as code. */
		notAnnotatedText: [
			'No contributor has written a summary or context notes for this source yet. Its text is shown below exactly as received. To annotate it, run ',
			' and edit the file it creates in ',
			'.',
		] as readonly [string, string, string],
		fullText: 'Full text, as received',
		fullTextNote: (titleInText: boolean, titleRepeated: boolean) =>
			`Shown verbatim, paragraph by paragraph${titleInText ? ', starting with the headline above' : ''}. Highlighted passages are cited elsewhere on the site or carry a context note. Lines that look like page furniture (share prompts, teasers, credits) are marked, not removed.${
				titleRepeated ? ' The source repeats its headline on the next line; the repeat is shown once.' : ''
			}`,
		howSourcesAreHandled: 'How sources are handled',
		citedBy: 'Where this source is cited',
		notCited: 'No page of the site cites this source yet.',
		// The metadata of a source (SourceMeta).
		outlet: 'Outlet',
		kind: 'Kind',
		published: 'Published',
		whyThisDate: 'Why this date',
		original: 'Original',
		alsoAt: 'Also published at',
		file: 'File',
		digest: 'SHA-256',
		notIdentified: 'Not yet identified',
		notEstimated: 'Date not yet estimated',
		readAs: (encoding: string) => ` (read as ${encoding})`,
		confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' } as Readonly<Record<Confidence, string>>,
		unknownPublisher: 'Unknown',
		// The text of a source, paragraph by paragraph (src/corpus/source-text.ts).
		paragraph: (n: number) => `Paragraph ${n}`,
		noteKinds: {
			error: 'Error',
			overstated: 'Overstated',
			outdated: 'Outdated',
			context: 'Context',
			unverified: 'Unverified',
		} as Readonly<Record<string, string>>,
		note: 'Note',
		contextNote: ' (context note)',
		/** A note's landmark name: "Context note 2, on paragraph 5". */
		noteName: (label: string, n: string, paragraph: number) => `${label} note ${n}, on paragraph ${paragraph}`,
		boilerplate: (label: string) => `Likely boilerplate: ${label.toLowerCase()}`,
		/** The kinds of likely boilerplate: the English is BOILERPLATE_LABELS (src/corpus/boilerplate.ts). */
		boilerplateKinds: BOILERPLATE_LABELS as Readonly<Record<BoilerplateKind, string>>,
	},
	es: {
		title: 'Fuentes',
		description:
			'Los artículos de prensa en los que se basa este sitio, cada uno completo, con su medio, su tipo y su fecha estimada, y cada pasaje de un documento externo en el que se apoya el sitio.',
		articlesHeading: 'Artículos de origen',
		articlesLead: (n: string) =>
			`El sitio se basa en ${n} artículos de origen, guardados tal como se recibieron. Cada página muestra el texto completo con los párrafos numerados, los pasajes que citan otras páginas y notas de contexto donde una fuente se equivoca, exagera o necesita contexto. Las fechas que los artículos no publican son estimaciones, con su grado de certeza.`,
		notAnnotatedLine: 'Aún sin anotar: medio y fecha desconocidos.',
		documentsHeading: 'Documentos externos',
		documentsLead: (passages: string, documents: string) =>
			`Para los hechos que sus artículos de origen no mencionan, el sitio se apoya en ${passages} pasajes de ${documents} documentos externos: informes oficiales, leyes, páginas de agencias y otras noticias. Cada pasaje se guarda palabra por palabra, con la dirección donde se leyó, y las citas se verifican con él como las de un artículo de origen. Siga un título para leer el documento completo.`,
		citedIn: 'Citado en',
		eyebrow: (kind: string) => `Artículo de origen · ${kind}`,
		notAnnotatedKind: 'aún sin anotar',
		pageDescription: (title: string) => `El texto completo de “${title}”, con los párrafos numerados, las notas de contexto y las páginas que lo citan.`,
		notAnnotatedHeading: 'Aún sin anotar',
		notAnnotatedText: [
			'Nadie ha escrito todavía un resumen ni notas de contexto para esta fuente. Su texto se muestra abajo tal como se recibió. Para anotarla, ejecute ',
			' y edite el archivo que crea en ',
			'.',
		],
		fullText: 'Texto completo, tal como se recibió',
		fullTextNote: (titleInText: boolean, titleRepeated: boolean) =>
			`Se muestra palabra por palabra, en inglés, párrafo por párrafo${titleInText ? ', empezando por el titular de arriba' : ''}. Los pasajes resaltados se citan en otras partes del sitio o llevan una nota de contexto. Las líneas que parecen elementos de la página (invitaciones a compartir, avances de otros artículos, créditos) se marcan, no se eliminan.${
				titleRepeated ? ' La fuente repite su titular en la línea siguiente; la repetición se muestra una sola vez.' : ''
			}`,
		howSourcesAreHandled: 'Cómo se tratan las fuentes',
		citedBy: 'Dónde se cita esta fuente',
		notCited: 'Ninguna página del sitio cita esta fuente todavía.',
		outlet: 'Medio',
		kind: 'Tipo',
		published: 'Publicado',
		whyThisDate: 'Por qué esta fecha',
		original: 'Original',
		alsoAt: 'También publicado en',
		file: 'Archivo',
		digest: 'SHA-256',
		notIdentified: 'Aún sin identificar',
		notEstimated: 'Fecha aún sin estimar',
		readAs: (encoding: string) => ` (leído como ${encoding})`,
		confidence: { high: 'certeza alta', medium: 'certeza media', low: 'certeza baja' },
		unknownPublisher: 'Desconocido',
		paragraph: (n: number) => `Párrafo ${n}`,
		noteKinds: {
			error: 'Error',
			overstated: 'Exagerado',
			outdated: 'Desactualizado',
			context: 'Contexto',
			unverified: 'Sin verificar',
		},
		note: 'Nota',
		contextNote: ' (nota de contexto)',
		noteName: (label: string, n: string, paragraph: number) => `${label}: nota ${n}, sobre el párrafo ${paragraph}`,
		boilerplate: (label: string) => `Probablemente un elemento de la página: ${label.toLowerCase()}`,
		boilerplateKinds: {
			'read-more': 'Invitación a seguir un enlace',
			'share-prompt': 'Invitación a compartir',
			'photo-credit': 'Pie o crédito de foto',
			disclaimer: 'Aviso legal del medio',
			'related-teaser': 'Avance de otro artículo',
			'embedded-post': 'Publicación insertada de una red social',
		},
	},
});
