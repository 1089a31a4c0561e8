import { defineMessages } from './define.ts';

/** The interface text of the search pages and their components. */
export const search = defineMessages({
	en: {},
	es: {},
});
