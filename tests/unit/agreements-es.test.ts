import { describe, expect, it } from 'vitest';
import { count, dayText, modelName } from '../../src/agreements-view/format.ts';
import { accessibleName } from '../../src/agreements-view/state-map.ts';
import { levels } from '../../src/agreements-view/levels.ts';
import { place, placeName, placePath } from '../../src/agreements-view/states.ts';
import { messages } from '../../src/i18n/index.ts';
import { countWords, listKindWords } from '../../src/render/list-words.ts';

const w = messages('es').agreements.words;

describe('Spanish words of the agreements pages', () => {
	it('counts with Spanish plurals and US numbers', () => {
		expect(count(1, w.agreement, 'es')).toBe('1 acuerdo');
		expect(count(1234, w.agreement, 'es')).toBe('1,234 acuerdos');
		expect(count(2, w.place, 'es')).toBe('2 estados y territorios');
		expect(countWords(1, 'agencies', 'es')).toBe('1 agencia');
		expect(countWords(1002, 'agreements', 'es')).toBe('1,002 acuerdos');
		expect(countWords(1002, 'agreements')).toBe('1,002 agreements');
	});
	it('names places in Spanish, keeping English addresses', () => {
		expect(placeName('NC', 'es')).toBe('Carolina del Norte');
		expect(placeName('VI', 'es')).toBe('Islas Vírgenes de Estados Unidos');
		expect(placeName('TX', 'es')).toBe('Texas');
		expect(placeName('NC')).toBe('North Carolina');
		expect(placePath('NC')).toBe('/agreements/north-carolina/');
		expect(accessibleName(place('NY'), 1, 'es')).toBe('Nueva York (NY): 1 acuerdo');
		expect(accessibleName(place('NY'), 0, 'es')).toBe('Nueva York (NY): ningún acuerdo');
		expect(accessibleName(place('TX'), 1412)).toBe('Texas (TX): 1,412 agreements');
	});
	it('writes dates, models, levels and lists in Spanish', () => {
		expect(dayText('2025-09-17T09:00', 'es')).toBe('17 de septiembre de 2025');
		expect(modelName('tfm', 'es')).toBe('Modelo de Grupo de Trabajo');
		expect(modelName('tfm')).toBe('Task Force Model');
		expect(levels([0, 1, 10, 200], 'es').map((l) => l.label)).toEqual(['Ninguno', '1–9', '10–199', '200 o más']);
		expect(listKindWords({ kind: 'ice-workbook', date: '2025-05-01' }, 'es')).toBe('el libro de Excel de ICE del 1 de mayo de 2025');
	});
});
