import { z } from 'astro/zod';

const cache = new WeakMap<z.ZodType, Record<string, unknown>>();

/**
 * The JSON Schema of what a contributor writes for a collection: the input side of the zod
 * schema (before defaults and transforms), which is what editors validate and complete.
 * Two adjustments for editors: a date field also accepts an unquoted YAML date, which JSON
 * Schema sees as a string; and unknown fields are flagged, as `npm run check` flags them.
 */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
	let json = cache.get(schema);
	if (!json) {
		json = z.toJSONSchema(schema, {
			io: 'input',
			unrepresentable: 'any',
			override: ({ zodSchema, jsonSchema }) => {
				const type = zodSchema._zod.def.type;
				if (type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
				if (type === 'object') jsonSchema.additionalProperties = false;
			},
		}) as Record<string, unknown>;
		cache.set(schema, json);
	}
	return json;
}
