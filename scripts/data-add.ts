/**
 * `npm run data:add -- <workbook.xlsx> [--date YYYY-MM-DD] [--source <address>]`: checks a newly
 * downloaded ICE list, files it in data/ice/ by its content and date, updates the manifest and
 * prints what changed since the previous list. See src/agreements/add-list.ts.
 */
import { parseArgs } from 'node:util';
import { addList } from '../src/agreements/add-list.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' }, source: { type: 'string' } } });
if (positionals.length === 0) {
	console.error('Usage: npm run data:add -- <workbook.xlsx> [--date YYYY-MM-DD] [--source <address>]');
	process.exit(2);
}
let failed = false;
for (const path of positionals) {
	const result = await addList(process.cwd(), path, { date: values.date, source: values.source });
	(result.ok ? console.log : console.error)(result.lines.join('\n'));
	failed ||= !result.ok;
}
process.exit(failed ? 1 : 0);
