import { defineMessages } from './define.ts';

/** How citations, references and sources are named around the passages they show. */
export const citations = defineMessages({
	en: {
		references: 'References',
		sources: 'Sources',
		/** The name of a citation mark: "Reference 3". */
		reference: (n: number) => `Reference ${n}`,
		backTo: (n: number, place: number | undefined) => `Back to citation ${n}${place === undefined ? '' : `, place ${place}`} in the text`,
		paragraph: (n: number) => `paragraph ${n}`,
		externalReference: 'External reference',
		/** Said of a quoted passage on a page in another language; empty in English. */
		original: '',
		originalNote: '',
		sourceKinds: {
			'news-report': 'News report',
			'agency-statement-reprint': 'Reprint of an agency statement',
			'aggregator-repost': 'Aggregator repost',
			translation: 'Translation',
		} as Record<string, string>,
		models: {
			jem: 'Jail Enforcement Model',
			tfm: 'Task Force Model',
			wso: 'Warrant Service Officer',
		} as Record<string, string>,
	},
	es: {
		references: 'Referencias',
		sources: 'Fuentes',
		reference: (n: number) => `Referencia ${n}`,
		backTo: (n: number, place: number | undefined) => `Volver a la cita ${n}${place === undefined ? '' : `, lugar ${place}`} en el texto`,
		paragraph: (n: number) => `párrafo ${n}`,
		externalReference: 'Referencia externa',
		original: 'Cita original en inglés',
		originalNote:
			'Los pasajes citados se muestran en inglés, tal como los publicaron sus fuentes, y son los que el sitio verifica palabra por palabra. Las citas dentro del texto en español son traducciones del sitio.',
		sourceKinds: {
			'news-report': 'Noticia',
			'agency-statement-reprint': 'Reproducción de un comunicado oficial',
			'aggregator-repost': 'Republicación de un agregador',
			translation: 'Traducción',
		},
		models: {
			jem: 'Modelo de Control en Cárceles',
			tfm: 'Modelo de Grupo de Trabajo',
			wso: 'Modelo de Agentes de Órdenes de Arresto',
		},
	},
});
