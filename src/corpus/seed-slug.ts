import { slugify } from '../lib/slug.ts';
import type { SeedSource } from './source.ts';

/**
 * The address of a seed that no article names: its title as a slug; the file name when the
 * title has no Latin letters or digits (an Arabic or Chinese headline); the digest as a last
 * resort. File names may hold spaces and any letters, so they are slugified too. A slug already
 * taken gets the file name (then a number) appended, so two seeds never share a page.
 *
 * In:  title `تقرير`, file `Über die Grenze.txt`
 * Out: `uber-die-grenze`
 */
export function seedSlug(seed: Pick<SeedSource, 'id' | 'title' | 'digest'>, taken: ReadonlySet<string>): string {
	const fromFile = slugify(seed.id) || `source-${seed.digest.slice(0, 12)}`;
	const base = slugify(seed.title) || fromFile;
	if (!taken.has(base)) return base;
	const withFile = base === fromFile ? base : `${base}-${fromFile}`;
	let slug = withFile;
	for (let n = 2; taken.has(slug); n++) slug = `${withFile}-${n}`;
	return slug;
}
