import { describe, expect, it } from 'vitest';
import { localised, untranslatedLang } from '../../src/i18n/localised.ts';

describe('a data entry in a language', () => {
	const event = { title: 'ICE ends the model', summary: 'The summary.', es: { title: 'ICE pone fin al modelo' } };

	it('takes the translated fields over the English ones, and keeps the English of the others', () => {
		expect(localised(event, 'es')).toMatchObject({ title: 'ICE pone fin al modelo', summary: 'The summary.' });
		expect(localised(event, 'en')).toBe(event);
	});

	it('marks a field as English on a page in another language while it has no translation', () => {
		expect(untranslatedLang(event.es.title, 'es')).toBeUndefined();
		expect(untranslatedLang(undefined, 'es')).toBe('en');
		expect(untranslatedLang('', 'es')).toBe('en');
		expect(untranslatedLang(undefined, 'en')).toBeUndefined();
	});
});
