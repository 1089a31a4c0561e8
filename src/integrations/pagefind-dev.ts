import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { INDEX_FOLDER } from '../search/search-index.ts';

const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
};

/**
 * A dev-server middleware that serves the search index of the last `npm run build` at
 * `<base>pagefind/`, so that search works in `npm run dev` (with the content of that build).
 * Before any build the files are missing, and the search UI says to run `npm run build`.
 */
export function servePagefindInDev(folder: string, base: string) {
	const prefix = `${base.replace(/\/?$/, '/')}${INDEX_FOLDER}/`;
	return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
		if (!path.startsWith(prefix)) return next();
		const file = normalize(join(folder, path.slice(prefix.length)));
		if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) return next();
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
		createReadStream(file).pipe(res);
	};
}
