import { defineMessages } from './define.ts';

/** The interface text of the agreements pages and their components. */
export const agreements = defineMessages({
	en: {},
	es: {},
});
