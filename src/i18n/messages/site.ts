import { defineMessages } from './define.ts';

/** What every page carries: the header, the menus, the footer, the language switcher. */
export const site = defineMessages({
	en: {
		name: '287(g) Explained',
		description:
			'What the 287(g) program is, how its three models work, its history and the figures quoted about it; every statement linked to the passage of a source that supports it.',
		skipLink: 'Skip to content',
		menu: 'Menu',
		siteNav: 'Site',
		home: 'Home',
		menuItems: {
			'/what-is-287g/': 'What is 287(g)?',
			'/models/': 'Models',
			'/history/': 'History',
			'/operations/': 'Operations',
			'/debate/': 'Debate',
			'/timeline/': 'Timeline',
			'/figures/': 'Figures',
			'/agreements/': 'Agreements',
			'/glossary/': 'Glossary',
			'/sources/': 'Sources',
			'/methodology/': 'Methodology and corrections',
			'/search/': 'Search',
			'/contribute/': 'Contribute',
		} as Record<string, string>,
		footer: {
			promise:
				"Every statement of fact in the site's own voice links to the passage of a source that supports it, and each quote is checked word for word when the site is built. A verified quote shows that a source said something, not that it is true: see",
			methodologyLink: 'how sources are handled',
			nav: 'About this site',
		},
		theme: { dark: 'Dark theme' },
		search: { label: 'Search the site', placeholder: 'Search', button: 'Search' },
		language: {
			/** The switcher's accessible name, and the words before the link. */
			label: 'Language',
			/** Said of the link to the other edition: "Leer en español". */
			readIn: 'Read in English',
		},
		translation: {
			missing: '',
			outdated: '',
		},
		pageMeta: {
			lastUpdated: 'Last updated',
			builtOn: 'Page built on',
			noHistory: '; the date of its last change is not available in this copy of the repository',
			edit: 'Edit this page',
		},
		notFound: {
			title: 'Page not found',
			text: 'There is no page at this address. It may have moved, or the link may have a typo.',
			try: 'Try a search, or one of the main sections:',
		},
	},
	es: {
		name: '287(g) Explicado',
		description:
			'Qué es el programa 287(g), cómo funcionan sus tres modelos, su historia y las cifras que se citan sobre él; cada afirmación enlazada con el pasaje de una fuente que la respalda.',
		skipLink: 'Ir al contenido',
		menu: 'Menú',
		siteNav: 'Sitio',
		home: 'Inicio',
		menuItems: {
			'/what-is-287g/': '¿Qué es el 287(g)?',
			'/models/': 'Modelos',
			'/history/': 'Historia',
			'/operations/': 'Operativos',
			'/debate/': 'Debate',
			'/timeline/': 'Cronología',
			'/figures/': 'Cifras',
			'/agreements/': 'Acuerdos',
			'/glossary/': 'Glosario',
			'/sources/': 'Fuentes',
			'/methodology/': 'Metodología y correcciones',
			'/search/': 'Buscar',
			'/contribute/': 'Colaborar',
		},
		footer: {
			promise:
				'Cada afirmación de hecho que el sitio hace con su propia voz enlaza con el pasaje de una fuente que la respalda, y cada cita se comprueba palabra por palabra al construir el sitio. Una cita verificada muestra que una fuente dijo algo, no que sea cierto: vea',
			methodologyLink: 'cómo se tratan las fuentes',
			nav: 'Sobre este sitio',
		},
		theme: { dark: 'Tema oscuro' },
		search: { label: 'Buscar en el sitio', placeholder: 'Buscar', button: 'Buscar' },
		language: {
			label: 'Idioma',
			readIn: 'Leer en español',
		},
		translation: {
			missing: 'Esta página aún no está traducida. Se muestra el texto en inglés.',
			outdated: 'Esta página puede estar desactualizada: la versión en inglés se modificó después de la traducción.',
		},
		pageMeta: {
			lastUpdated: 'Última actualización:',
			builtOn: 'Página generada el',
			noHistory: '; la fecha de su último cambio no está disponible en esta copia del repositorio',
			edit: 'Editar esta página',
		},
		notFound: {
			title: 'Página no encontrada',
			text: 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
			try: 'Pruebe con una búsqueda o con una de las secciones principales:',
		},
	},
});
