import { defineMessages } from './define.ts';

/** The interface text of the glossary pages and their components. */
export const glossary = defineMessages({
	en: {
		title: 'Glossary',
		description:
			'The terms a reader of this site meets: 287(g), its three models, detainers, warrants, the agencies and laws involved. Each with a short definition, an explanation and its sources.',
		lead: 'The terms used on this site, with a one-sentence definition, a longer explanation and the passages of sources that support them. On other pages, the first mention of a term links here; hover over it or focus it with the keyboard to read its definition.',
		/** The name of the page's schema.org DefinedTermSet. */
		setName: '287(g) Explained: glossary',
		/** Search words for the page, besides its text. */
		keywords: ['definitions', 'terms', 'acronyms'],
		index: 'Index',
		/** Before the other spellings of a term. */
		alsoWritten: 'Also written:',
		/** Before the links to related terms. */
		related: 'Related:',
	},
	es: {
		title: 'Glosario',
		description:
			'Los términos que encuentra quien lee este sitio: el 287(g), sus tres modelos, las solicitudes de retención, las órdenes de arresto, las agencias y las leyes que intervienen. Cada uno con una definición breve, una explicación y sus fuentes.',
		lead: 'Los términos que se usan en este sitio, con una definición de una oración, una explicación más larga y los pasajes de las fuentes que los respaldan. Cada término lleva su nombre en español y, entre paréntesis, su nombre en inglés y su sigla, si la tiene, como los escriben las fuentes. En las demás páginas, la primera mención de un término enlaza aquí; pase el puntero sobre ella o llegue a ella con el teclado para leer su definición.',
		setName: '287(g) Explicado: glosario',
		keywords: ['definiciones', 'términos', 'siglas', 'glosario', 'vocabulario'],
		index: 'Índice',
		alsoWritten: 'También se escribe:',
		related: 'Términos relacionados:',
	},
});
