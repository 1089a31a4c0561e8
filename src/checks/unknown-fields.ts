import { didYouMeanText } from '../lib/did-you-mean.ts';

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[] };

/** A field the schema does not know, which zod would drop without a word. */
export interface UnknownField {
	readonly path: PropertyKey[];
	readonly message: string;
}

/**
 * Fields in `data` that its JSON Schema does not define, with the closest known name: a
 * misspelled optional field would otherwise be ignored silently.
 *
 * In:  `{ outlett: 'TNND' }` against the article schema
 * Out: `[{ path: ['outlett'], message: 'unknown field "outlett". Did you mean "outlet"? …' }]`
 */
export function unknownFields(schema: JsonSchema, data: unknown, path: PropertyKey[] = []): UnknownField[] {
	if (Array.isArray(data)) {
		return schema.items ? data.flatMap((item, i) => unknownFields(schema.items!, item, [...path, i])) : [];
	}
	if (!data || typeof data !== 'object' || data instanceof Date) return [];
	const objectSchema = schema.properties ? schema : schema.anyOf?.find((s) => s.properties);
	const properties = objectSchema?.properties;
	if (!properties) return [];
	const known = Object.keys(properties).filter((k) => k !== '$schema');
	return Object.entries(data).flatMap(([key, value]) => {
		if (key === '$schema') return [];
		const sub = properties[key];
		if (sub) return unknownFields(sub, value, [...path, key]);
		const guess = didYouMeanText(key, known);
		return [
			{
				path: [...path, key],
				message: `unknown field "${key}".${guess ? ` ${guess}` : ''} Fields here: ${known.join(', ')}.`,
			},
		];
	});
}
