import type { PluralForms } from '../format.ts';
import { defineMessages } from './define.ts';

/**
 * The nouns that more than one group of texts counts with, each written once per language: the
 * agreements pages and the figures page both count agreements and agencies, and must agree.
 */
export const nouns = defineMessages<Readonly<Record<'agreement' | 'agency' | 'list', PluralForms>>>({
	en: {
		agreement: { one: 'agreement', other: 'agreements' },
		agency: { one: 'agency', other: 'agencies' },
		list: { one: 'list', other: 'lists' },
	},
	es: {
		agreement: { one: 'acuerdo', other: 'acuerdos' },
		agency: { one: 'agencia', other: 'agencias' },
		list: { one: 'lista', other: 'listas' },
	},
});
