/**
 * `npm run schemas`: writes `schemas/*.schema.json` from the zod schemas, so that editors
 * complete and validate content files. Run it after changing a schema in src/schemas/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../src/ingest/json-schema-files.ts';

const dir = join(process.cwd(), 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
	writeFileSync(join(dir, name), text);
	console.log(`wrote schemas/${name}`);
}
