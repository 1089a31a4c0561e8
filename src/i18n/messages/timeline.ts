import { defineMessages } from './define.ts';

/** The interface text of the timeline pages and their components. */
export const timeline = defineMessages({
	en: {},
	es: {},
});
