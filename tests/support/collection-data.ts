import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

/** The entries of a data collection read straight from its YAML files, through its schema. */
export function readCollection<S extends z.ZodType>(dir: string, schema: S): { id: string; data: z.output<S> }[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: schema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));
}
