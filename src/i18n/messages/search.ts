import { defineMessages } from './define.ts';

/** The interface text of the search pages and their components. */
export const search = defineMessages({
	en: {
		title: 'Search',
		description: 'Search the explainers, source articles, glossary, timeline and figures.',
		noscriptBefore: 'Search runs in your browser and needs JavaScript, which is turned off. Every page can still be reached from the menu above; the ',
		noscriptSources: 'source articles',
		noscriptMiddle: ' and the',
		noscriptGlossary: 'glossary',
		noscriptAfter: ' list everything the site covers.',
		order: 'Order',
		filters: 'Filters',
		results: 'Results',
		sorts: { relevance: 'Best match', 'date-desc': 'Newest first', 'date-asc': 'Oldest first' },
		/** The kinds of page, as results and the "type" filter name them. */
		types: {
			explainer: 'Explainer',
			source: 'Source article',
			glossary: 'Glossary',
			timeline: 'Timeline',
			figures: 'Figures',
			guide: 'Guide',
			agreements: 'Agreements',
		},
		/** The 287(g) models, as the "model" filter names them. */
		models: { jem: 'Jail Enforcement Model', tfm: 'Task Force Model', wso: 'Warrant Service Officer' },
		/** Words of the browser code (dialog, search page), passed to it by the search box. */
		client: {
			dialogName: 'Search the site',
			dialogClear: 'close',
			fullSearch: 'Search page with filters',
			unavailableDev:
				'The search index has not been built yet. Run `npm run build` once; `npm run dev` then serves the index of that build (it is not updated as you edit).',
			unavailable: 'Search could not be loaded. Check your connection and reload the page, or browse the menu above.',
		},
	},
	es: {
		title: 'Buscar',
		description: 'Busque en las explicaciones, los artículos de fuentes, el glosario, la cronología y las cifras.',
		noscriptBefore:
			'La búsqueda funciona en su navegador y necesita JavaScript, que está desactivado. Todas las páginas se pueden abrir desde el menú de arriba; los ',
		noscriptSources: 'artículos de fuentes',
		noscriptMiddle: ' y el',
		noscriptGlossary: 'glosario',
		noscriptAfter: ' reúnen todo lo que cubre el sitio.',
		order: 'Orden',
		filters: 'Filtros',
		results: 'Resultados',
		sorts: { relevance: 'Más relevantes', 'date-desc': 'Más recientes primero', 'date-asc': 'Más antiguos primero' },
		types: {
			explainer: 'Explicación',
			source: 'Artículo de fuente',
			glossary: 'Glosario',
			timeline: 'Cronología',
			figures: 'Cifras',
			guide: 'Guía',
			agreements: 'Acuerdos',
		},
		models: {
			jem: 'Modelo de Control en Cárceles (JEM)',
			tfm: 'Modelo de Grupo de Trabajo (TFM)',
			wso: 'Modelo de Agentes de Órdenes de Arresto (WSO)',
		},
		client: {
			dialogName: 'Buscar en el sitio',
			dialogClear: 'cerrar',
			fullSearch: 'Página de búsqueda con filtros',
			unavailableDev:
				'El índice de búsqueda todavía no existe. Ejecute `npm run build` una vez; `npm run dev` sirve luego el índice de esa compilación (no se actualiza mientras edita).',
			unavailable: 'No se pudo cargar la búsqueda. Revise su conexión y vuelva a cargar la página, o use el menú de arriba.',
		},
	},
});

/** The words the browser code of search needs, as the search box passes them (`data-search-text`). */
export type SearchClientText = (typeof search)['en']['client'];
