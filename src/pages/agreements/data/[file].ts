import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { projectRoot } from '../../../lib/project-root.ts';
import { agreementsData } from '../../../agreements-view/source.ts';
import { originalName } from '../../../agreements-view/export.ts';

/** Each archived list (and the latest pending list) copied into the site byte for byte, under its file name. */
export const getStaticPaths = (async () => {
	const data = await agreementsData();
	const files = [...data.lists.map((l) => l.file), ...(data.pending ? [data.pending.file] : [])];
	const byName = new Map<string, string>();
	for (const file of files) {
		const name = originalName({ file });
		const other = byName.get(name);
		if (other && other !== file) throw new Error(`Two lists share the file name ${name}: ${other} and ${file}. Rename one in the manifest.`);
		byName.set(name, file);
	}
	return [...byName].map(([name, file]) => ({ params: { file: name }, props: { path: file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(readFileSync(join(projectRoot(), String(props['path']))), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	});
