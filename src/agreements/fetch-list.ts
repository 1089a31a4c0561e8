import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { addList, type AddResult } from './add-list.ts';

/** ICE's 287(g) page, where the current lists are linked. `--page` or `ICE_287G_PAGE` names another. */
export const ICE_287G_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';

/** The workbooks a page links to (`.xlsx`), with their link text, addresses resolved. */
export function workbookLinks(html: string, page: string): { url: string; text: string }[] {
	const links: { url: string; text: string }[] = [];
	visit(fromHtml(html), 'element', (node: Element) => {
		if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
		const url = new URL(node.properties.href, page);
		if (!/\.xlsx$/i.test(url.pathname)) return;
		if (!links.some((l) => l.url === url.href)) links.push({ url: url.href, text: toString(node).replace(/\s+/g, ' ').trim() });
	});
	return links;
}

/**
 * `npm run data:fetch`: downloads the workbooks ICE's 287(g) page links to (participating and
 * pending agencies) and adds each with `addList`, which decides by content what each holds.
 */
export async function fetchLists(root: string, page: string = ICE_287G_PAGE): Promise<AddResult[]> {
	const response = await fetch(page);
	if (!response.ok)
		return [{ ok: false, lines: [`${page}: HTTP ${response.status}; is the address of ICE's 287(g) page still right? Give another with --page.`] }];
	const links = workbookLinks(await response.text(), page).filter((l) => /participat|pending/i.test(`${l.url} ${l.text}`));
	if (links.length === 0)
		return [
			{
				ok: false,
				lines: [
					`${page} links to no workbook of participating or pending agencies: look at the page and download the list by hand, then npm run data:add -- <file>.`,
				],
			},
		];
	const dir = mkdtempSync(join(tmpdir(), '287g-fetch-'));
	const results: AddResult[] = [];
	for (const link of links) {
		const file = await fetch(link.url);
		if (!file.ok) {
			results.push({ ok: false, lines: [`${link.url}: HTTP ${file.status}.`] });
			continue;
		}
		const name = decodeURIComponent(new URL(link.url).pathname.split('/').pop()!);
		const path = join(dir, name);
		writeFileSync(path, Buffer.from(await file.arrayBuffer()));
		const today = new Date().toISOString().slice(0, 10);
		results.push(await addList(root, path, { source: link.url, date: /\d{8}/.test(name) ? undefined : today }));
	}
	return results;
}
