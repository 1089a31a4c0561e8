import { defineMessages } from './define.ts';

/** The interface text of the glossary pages and their components. */
export const glossary = defineMessages({
	en: {},
	es: {},
});
