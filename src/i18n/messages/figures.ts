import { defineMessages } from './define.ts';

/** The interface text of the figures pages and their components. */
export const figures = defineMessages({
	en: {},
	es: {},
});
