import { z } from 'astro/zod';

const cache = new WeakMap<z.ZodType, Record<string, unknown>>();

/**
 * The JSON Schema of what a contributor writes for a collection: the input side of the zod
 * schema (before defaults and transforms), which is what editors validate and complete.
 * A date field accepts text or an unquoted YAML date, which JSON Schema cannot name: it is `{}`.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
	let json = cache.get(schema);
	if (!json) {
		json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
		cache.set(schema, json);
	}
	return json;
}
