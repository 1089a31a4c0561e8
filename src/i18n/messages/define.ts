import type { Locale } from '../locales.ts';

/**
 * One group of interface texts in every language. The English gives the shape, and TypeScript
 * holds each translation to it: a label missing in Spanish is a type error, not a blank.
 *
 * In:  `defineMessages({ en: { menu: 'Menu' }, es: { menu: 'Menú' } })`
 */
export function defineMessages<T>(group: { readonly en: T } & { readonly [L in Exclude<Locale, 'en'>]: NoInfer<T> }): Readonly<Record<Locale, T>> {
	return group;
}
