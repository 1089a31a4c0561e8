import { describe, expect, it } from 'vitest';
import { seedSlug } from '../../src/corpus/seed-slug.ts';
import { slugify } from '../../src/lib/slug.ts';

const seed = (id: string, title: string) => ({ id, title, digest: 'abcdef0123456789abcdef' });

describe('seedSlug', () => {
	it('uses the title', () => {
		expect(seedSlug(seed('004_x', 'Operation Safe City'), new Set())).toBe('operation-safe-city');
	});

	it('uses the file name, spaces and accents slugified, when the title has no Latin letters or digits', () => {
		expect(seedSlug(seed('Über die Grenze — informe', 'تقرير عن الاتفاقيات'), new Set())).toBe('uber-die-grenze-informe');
	});

	it('uses the digest when neither title nor file name gives a slug', () => {
		expect(seedSlug(seed('تقرير', 'שלום'), new Set())).toBe('source-abcdef012345');
	});

	it('appends the slugified file name to a title slug already taken, then a number', () => {
		expect(seedSlug(seed('copy 2', 'Operation Safe City'), new Set(['operation-safe-city']))).toBe('operation-safe-city-copy-2');
		expect(seedSlug(seed('copy 2', 'Operation Safe City'), new Set(['operation-safe-city', 'operation-safe-city-copy-2']))).toBe(
			'operation-safe-city-copy-2-2',
		);
	});

	it('numbers a file-name slug already taken', () => {
		expect(seedSlug(seed('a b', 'تقرير'), new Set(['a-b']))).toBe('a-b-2');
	});
});

describe('slugify length', () => {
	it('cuts a long slug at a word boundary, at most 80 characters', () => {
		const slug = slugify('Supercalifragilistic expialidocious '.repeat(4), 20);
		expect(slug).toBe('supercalifragilistic-expialidocious-supercalifragilistic-expialidocious');
	});

	it('cuts a single enormous word at 80 characters', () => {
		expect(slugify('a'.repeat(60_000))).toBe('a'.repeat(80));
	});
});
