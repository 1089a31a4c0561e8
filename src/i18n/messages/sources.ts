import { defineMessages } from './define.ts';

/** The interface text of the sources pages and their components. */
export const sources = defineMessages({
	en: {},
	es: {},
});
