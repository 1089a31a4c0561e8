import { defineMessages } from './define.ts';

/**
 * The interface text of the models table on /models/ (src/components/ComparisonTable.astro).
 * The models' names are in `citations.models`, one name per model for the whole site.
 */
export const models = defineMessages({
	en: {
		heading: 'Side by side',
		caption: 'The three 287(g) models, one question per row. Each bracketed number leads to the quoted passage that supports the answer, under References.',
		question: 'Question',
	},
	es: {
		heading: 'Uno al lado del otro',
		caption:
			'Los tres modelos del programa 287(g), una pregunta por fila. Cada número entre corchetes lleva al pasaje citado que respalda la respuesta, en Referencias.',
		question: 'Pregunta',
	},
});
