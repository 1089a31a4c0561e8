/**
 * `npm run new -- <kind> <name>`: a new explainer, glossary term, timeline event or figure from
 * its template in `templates/`, every field documented in place. Never overwrites a file.
 *
 *   npm run new -- glossary "Secure Communities"   → content/glossary/secure-communities.yaml
 *   npm run new -- timeline 2025-04-tidal-wave     → content/timeline/2025-04-tidal-wave.yaml
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ENTRY_KINDS, isEntryKind, newEntry } from '../src/ingest/new-entry.ts';

const [kind = '', ...rest] = process.argv.slice(2);
const name = rest.join(' ');
const kinds = Object.keys(ENTRY_KINDS).join(' | ');
if (!isEntryKind(kind) || name.trim() === '') {
	console.error(`Usage: npm run new -- <${kinds}> <name>\n  e.g. npm run new -- glossary "Secure Communities"`);
	process.exit(1);
}
const root = process.cwd();
const entry = newEntry(kind, name, readFileSync(join(root, 'templates', ENTRY_KINDS[kind].template), 'utf8'));
if (typeof entry === 'string') {
	console.error(entry);
	process.exit(1);
}
if (existsSync(join(root, entry.file))) {
	console.error(`${entry.file} already exists; it was left as it is. Choose another name, or edit that file.`);
	process.exit(1);
}
mkdirSync(dirname(join(root, entry.file)), { recursive: true });
writeFileSync(join(root, entry.file), entry.text, { flag: 'wx' });
console.log(`created ${entry.file}`);
console.log('Next: fill in every TODO (each field is explained above it), then run `npm run check`:');
console.log('it lists the TODOs left and any quote that does not match its source, with file:line:column.');
