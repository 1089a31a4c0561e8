import { defineMessages } from './define.ts';
import { EVENT_KINDS, type EventKind } from '../../schemas/timeline.ts';

/** The interface text of the timeline pages and their components. */
export const timeline = defineMessages({
	en: {
		title: 'Timeline',
		description: 'The 287(g) program from 1996 to today: laws, policies, changes to the models, counts and operations, each event with its sources.',
		keywords: ['chronology', 'dates', 'events'] as readonly string[],
		lead: (n: string) =>
			`${n} events in the history of the 287(g) program, grouped by era and year. Each date is shown as precisely as the sources give it, and each event lists the passages that support it.`,
		sliceTitle: (label: string) => `Timeline: ${label}`,
		sliceDescription: (what: string) => `Events of the 287(g) timeline. ${what}.`,
		sliceLead: (n: string, total: string, what: string) => `${n} of ${total} events. ${what}.`,
		kindIs: (label: string) => `Kind of event: ${label}`,
		modelIs: (label: string) => `Model: ${label}`,
		filtersHeading: 'Filter the timeline',
		allEvents: (total: string) => `All events (${total})`,
		kindLabel: 'Kind of event',
		modelLabel: 'Model',
		erasHeading: 'Eras',
		fullTimeline: 'The full timeline',
		allTheseEvents: 'All these events on the timeline',
		filterable: ', filterable by kind of event and by model.',
		events: { one: 'event', other: 'events' },
		/** The labels of the kinds of event: the English is EVENT_KINDS (src/schemas/timeline.ts). */
		kinds: EVENT_KINDS as Readonly<Record<EventKind, string>>,
		/** The names of the eras by id; the English names are in src/render/eras.ts. */
		eras: {} as Readonly<Record<string, string>>,
	},
	es: {
		title: 'Cronología',
		description: 'El programa 287(g) desde 1996 hasta hoy: leyes, políticas, cambios en los modelos, cifras y operativos, cada hecho con sus fuentes.',
		keywords: ['cronología', 'fechas', 'hechos', 'eventos', 'timeline'],
		lead: (n: string) =>
			`${n} hechos en la historia del programa 287(g), agrupados por etapa y año. Cada fecha se muestra con la precisión con que la dan las fuentes, y cada hecho enumera los pasajes que lo respaldan.`,
		sliceTitle: (label: string) => `Cronología: ${label}`,
		sliceDescription: (what: string) => `Hechos de la cronología del programa 287(g). ${what}.`,
		sliceLead: (n: string, total: string, what: string) => `${n} de ${total} hechos. ${what}.`,
		kindIs: (label: string) => `Tipo de hecho: ${label}`,
		modelIs: (label: string) => `Modelo: ${label}`,
		filtersHeading: 'Filtrar la cronología',
		allEvents: (total: string) => `Todos los hechos (${total})`,
		kindLabel: 'Tipo de hecho',
		modelLabel: 'Modelo',
		erasHeading: 'Etapas',
		fullTimeline: 'La cronología completa',
		allTheseEvents: 'Todos estos hechos en la cronología',
		filterable: ', que se puede filtrar por tipo de hecho y por modelo.',
		events: { one: 'hecho', other: 'hechos' },
		kinds: {
			law: 'Ley',
			policy: 'Política',
			model: 'Cambio de modelo',
			count: 'Cifra',
			operation: 'Operativo',
			oversight: 'Supervisión y tribunales',
		},
		eras: {
			'era-origins': 'Orígenes',
			'era-early-agreements': 'Primeros acuerdos y crecimiento',
			'era-oversight': 'Supervisión y repliegue',
			'era-first-trump-expansion': 'Expansión y el Modelo de Agentes de Órdenes de Arresto',
			'era-biden': 'El gobierno de Biden',
			'era-second-trump-expansion': 'Expansión durante el segundo gobierno de Trump',
		},
	},
});
