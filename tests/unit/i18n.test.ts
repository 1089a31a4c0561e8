import { describe, expect, it } from 'vitest';
import { findLoadedTerms } from '../../src/checks/loaded-terms.ts';
import { countOf, formatNumber, localeId, localeOf, localePath, splitLocaleId, splitLocalePath } from '../../src/i18n/index.ts';
import { estimatedDate, formatDateSpec, parseDateSpec, type DateSpec } from '../../src/lib/dates.ts';

const date = (text: string) => parseDateSpec(text) as DateSpec;

describe('paths and ids by language', () => {
	it('puts a translation under its locale and leaves English at the root', () => {
		expect(localePath('/models/task-force/', 'es')).toBe('/es/models/task-force/');
		expect(localePath('/', 'es')).toBe('/es/');
		expect(localePath('/history/', 'en')).toBe('/history/');
	});
	it('reads the language back from a path', () => {
		expect(splitLocalePath('/es/sources/x/#p-2')).toEqual({ locale: 'es', path: '/sources/x/#p-2' });
		expect(splitLocalePath('/es/')).toEqual({ locale: 'es', path: '/' });
		expect(splitLocalePath('/es')).toEqual({ locale: 'es', path: '/' });
		expect(splitLocalePath('/estimates/')).toEqual({ locale: 'en', path: '/estimates/' });
		expect(splitLocalePath('/en/history/')).toEqual({ locale: 'en', path: '/en/history/' });
	});
	it('gives a translation the id of the English entry', () => {
		expect(splitLocaleId('es/models/task-force')).toEqual({ locale: 'es', id: 'models/task-force' });
		expect(splitLocaleId('models/index')).toEqual({ locale: 'en', id: 'models/index' });
		expect(splitLocaleId('history')).toEqual({ locale: 'en', id: 'history' });
		expect(localeId('history', 'es')).toBe('es/history');
		expect(localeId('history', 'en')).toBe('history');
	});
	it('treats an unknown or missing locale as English', () => {
		expect(localeOf('es')).toBe('es');
		expect(localeOf(undefined)).toBe('en');
		expect(localeOf('fr')).toBe('en');
	});
});

describe('numbers and plurals', () => {
	it('groups thousands with a comma in Spanish too, as US Spanish-language media do', () => {
		expect(formatNumber(1843, 'es')).toBe('1,843');
		expect(formatNumber(12.5, 'es')).toBe('12.5');
		expect(formatNumber(1843, 'en')).toBe('1,843');
	});
	it('chooses the form of the word by the number', () => {
		const agencias = { one: 'agencia', other: 'agencias' };
		expect(countOf(1, agencias, 'es')).toBe('1 agencia');
		expect(countOf(0, agencias, 'es')).toBe('0 agencias');
		expect(countOf(1002, agencias, 'es')).toBe('1,002 agencias');
	});
});

describe('dates in Spanish', () => {
	it('writes each precision as Spanish-language media do', () => {
		expect(formatDateSpec(date('2025-09-17'), 'es')).toBe('17 de septiembre de 2025');
		expect(formatDateSpec(date('2025-05'), 'es')).toBe('mayo de 2025');
		expect(formatDateSpec(date('1996'), 'es')).toBe('1996');
		expect(formatDateSpec(date('2025-05-05/2025-05-09'), 'es')).toBe('5–9 de mayo de 2025');
		expect(formatDateSpec(date('2025-04-28/2025-05-03'), 'es')).toBe('28 de abril – 3 de mayo de 2025');
		expect(formatDateSpec(date('2024-12-28/2025-01-03'), 'es')).toBe('28 de diciembre de 2024 – 3 de enero de 2025');
	});
	it('keeps the English forms', () => {
		expect(formatDateSpec(date('2025-09-17'))).toBe('September 17, 2025');
		expect(formatDateSpec(date('2025-05-05/2025-05-09'), 'en')).toBe('May 5–9, 2025');
	});
	it('says when a date is an estimate', () => {
		expect(estimatedDate('5–9 de mayo de 2025', 'es')).toBe('hacia el 5–9 de mayo de 2025 (estimada)');
		expect(estimatedDate('mayo de 2025', 'es')).toBe('hacia mayo de 2025 (estimada)');
		expect(estimatedDate('2017', 'es')).toBe('hacia 2017 (estimada)');
		expect(estimatedDate('May 5–9, 2025', 'en')).toBe('about May 5–9, 2025 (estimated)');
	});
});

describe('loaded terms in Spanish', () => {
	it('finds Spanish labels outside quotation marks, and only in Spanish text', () => {
		const text = 'ICE detuvo a extranjeros ilegales, que el DHS llamó "lo peor de lo peor".';
		expect(findLoadedTerms(text, 'es').map((t) => t.term)).toEqual(['extranjeros ilegales']);
		expect(findLoadedTerms('Una operación histórica y sin precedentes.', 'es').map((t) => t.term)).toEqual(['histórica', 'sin precedentes']);
		expect(findLoadedTerms('ICE detuvo a extranjeros ilegales.', 'en')).toEqual([]);
		expect(findLoadedTerms('ICE arrested illegal aliens.', 'es')).toEqual([]);
	});
	it('suggests what to write instead, in Spanish', () => {
		expect(findLoadedTerms('Los ilegales.', 'es')[0]?.suggestion).toBe('personas sin estatus migratorio legal');
	});
});

describe('"ilegales" in Spanish', () => {
	it('is a label for people as a noun, and plain language as an adjective', () => {
		expect(findLoadedTerms('ICE detuvo a ilegales.', 'es').map((t) => t.term)).toEqual(['a ilegales']);
		expect(findLoadedTerms('prácticas discriminatorias e ilegales', 'es')).toEqual([]);
	});
});
