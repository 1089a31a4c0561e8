/**
 * `npm run data:fetch [-- --page <address>]`: downloads the current lists from ICE's 287(g) page
 * (or the page named by --page or ICE_287G_PAGE) and adds each as `npm run data:add` does.
 */
import { parseArgs } from 'node:util';
import { fetchLists, ICE_287G_PAGE } from '../src/agreements/fetch-list.ts';

const { values } = parseArgs({ options: { page: { type: 'string' } } });
const page = values.page ?? process.env.ICE_287G_PAGE ?? ICE_287G_PAGE;
const results = await fetchLists(process.cwd(), page);
for (const r of results) (r.ok ? console.log : console.error)(r.lines.join('\n'));
process.exit(results.every((r) => r.ok) ? 0 : 1);
