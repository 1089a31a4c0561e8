import { defineMessages } from './define.ts';

/** The frame of an explainer page and of the home page, around their translated content. */
export const pages = defineMessages({
	en: {
		toc: 'On this page',
		changes: 'Changes to this page',
		pager: 'Previous and next in this section',
		previous: 'Previous',
		next: 'Next',
		homeLabel: 'Home page',
		/** How a page citing a passage is named in a source's list of citing pages. */
		labels: {
			notes: (title: string) => `Notes on “${title}”`,
			glossary: (term: string) => `Glossary: ${term}`,
			timeline: (title: string) => `Timeline: ${title}`,
			figure: (label: string) => `Figures: ${label}`,
			comparison: 'The models compared',
		},
		home: {
			title: 'What is the 287(g) program?',
			models: 'The three models',
			compare: 'Compare the three models',
			latest: 'The latest counts',
			eras: "The timeline's eras",
			search: 'Search',
			howToRead: 'How to read this site',
			howToReadText:
				"Every statement of fact in the site's own voice carries a numbered reference to the exact passage of a source article that supports it. The build checks each quoted passage word for word against the stored text of the article.",
			verified: 'What “verified” means here',
		},
		/** The contributors' guide, /contribute/: its text is CONTRIBUTING.md (CONTRIBUTING.es.md in Spanish). */
		contribute: {
			title: 'Contribute',
			description: 'How to add a source article, cite a passage, add a glossary term, a timeline event or a figure, and run the checks.',
		},
	},
	es: {
		toc: 'En esta página',
		changes: 'Cambios en esta página',
		pager: 'Anterior y siguiente en esta sección',
		previous: 'Anterior',
		next: 'Siguiente',
		homeLabel: 'Página de inicio',
		labels: {
			notes: (title: string) => `Notas sobre “${title}”`,
			glossary: (term: string) => `Glosario: ${term}`,
			timeline: (title: string) => `Cronología: ${title}`,
			figure: (label: string) => `Cifras: ${label}`,
			comparison: 'Los modelos comparados',
		},
		home: {
			title: '¿Qué es el programa 287(g)?',
			models: 'Los tres modelos',
			compare: 'Comparar los tres modelos',
			latest: 'Las cifras más recientes',
			eras: 'Las etapas de la cronología',
			search: 'Buscar',
			howToRead: 'Cómo leer este sitio',
			howToReadText:
				'Cada afirmación de hecho que el sitio hace con su propia voz lleva una referencia numerada al pasaje exacto de una fuente que la respalda. Al construir el sitio se comprueba cada pasaje citado palabra por palabra con el texto guardado de la fuente. Las citas se muestran en inglés, el idioma en que se publicaron.',
			verified: 'Qué significa aquí “verificado”',
		},
		contribute: {
			title: 'Colaborar',
			description:
				'Cómo añadir un artículo fuente, citar un pasaje, añadir un término al glosario, un evento a la cronología o una cifra, y ejecutar las verificaciones.',
		},
	},
});
