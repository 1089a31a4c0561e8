import { isMap, isScalar, isSeq } from 'yaml';
import type { LocatedYaml } from '../corpus/yaml-locate.ts';
import type { Problem } from '../corpus/problems.ts';
import type { Locale } from '../i18n/locales.ts';
import { findLoadedTerms, loadedTermMessage, type LoadedTerm } from './loaded-terms.ts';

/**
 * Fields written in the site's own voice, as dotted paths where `*` stands for any key or list
 * index. Everything else (quotes, names, source wording such as a figure's `label`) is not.
 */
export type VoiceFields = readonly string[];

function matches(pattern: string, path: readonly (string | number)[]): boolean {
	const parts = pattern.split('.');
	return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offset in the file of the `n`-th occurrence of a term, found in the scalar's own source. */
function offsetOf(raw: string, rawStart: number, value: string, term: LoadedTerm): number {
	const words = new RegExp(term.term.split(/\s+/).map(escape).join('\\s+'), 'gi');
	const nth = [...value.slice(0, term.index).matchAll(words)].length;
	const inRaw = [...raw.matchAll(words)][nth];
	return rawStart + (inRaw?.index ?? 0);
}

/**
 * Loaded terms outside quotation marks in the voice fields of a YAML document (a data file, or
 * the frontmatter of an MDX file), as the content layer parsed it. The text is in `locale`,
 * except the fields of an `es:` mapping, which are Spanish.
 */
export function loadedTermsInYaml(file: string, yaml: LocatedYaml, fields: VoiceFields, locale: Locale = 'en'): Problem[] {
	if (yaml.errors.length > 0) return []; // the schema check reports invalid YAML
	const problems: Problem[] = [];
	const walk = (node: unknown, path: (string | number)[]) => {
		if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
		else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
		else if (isScalar(node) && typeof node.value === 'string' && fields.some((f) => matches(f, path))) {
			const [start, end] = node.range ?? [0, 0];
			for (const term of findLoadedTerms(node.value, path.includes('es') ? 'es' : locale)) {
				problems.push({ file, ...yaml.position(offsetOf(yaml.source.slice(start, end), start, node.value, term)), message: loadedTermMessage(term) });
			}
		}
	};
	walk(yaml.document.contents, []);
	return problems;
}
