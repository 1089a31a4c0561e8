import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanText } from '../../src/lib/did-you-mean.ts';

describe('didYouMean', () => {
	it('suggests every known name that contains the mistyped one', () => {
		expect(didYouMean('warrant', ['administrative-warrant', 'warrant-service-officer', 'ice'])).toEqual(['administrative-warrant', 'warrant-service-officer']);
	});

	it('suggests the closest name when it is a small typo away', () => {
		expect(didYouMean('outlett', ['outlet', 'kind'])).toEqual(['outlet']);
	});

	it('suggests nothing when no name is close', () => {
		expect(didYouMean('no-such-source', ['eo-14159', 'operation-safe-city'])).toEqual([]);
		expect(didYouMeanText('no-such-source', ['eo-14159'])).toBe('');
	});

	it('words one or more suggestions as a question', () => {
		expect(didYouMeanText('detainr', ['detainer', 'ice'])).toBe('Did you mean "detainer"?');
	});
});
