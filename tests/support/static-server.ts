import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { notFoundPageFor, notFoundRules } from '../../src/publish/publish-redirects.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

export interface StaticSite {
	/** Address of the site root, with the base path, e.g. `http://127.0.0.1:4321/287g/`. */
	readonly url: string;
	close(): Promise<void>;
}

/**
 * Serves a built `dist/` on loopback, as a static host would: `/x/` serves `x/index.html`,
 * unknown paths get `404.html` with status 404, or the page a 404 rule of `_redirects` names
 * (`/es/*  /es/404/index.html  404`: the Spanish one under /es/), as Netlify does. `base` mounts
 * the site under a path; the rules carry it.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
	const redirects = join(dir, '_redirects');
	const rules = existsSync(redirects) ? notFoundRules(readFileSync(redirects, 'utf8')) : [];
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const inside = path.startsWith(base) ? path.slice(base.length - 1) : undefined;
		let file = inside === undefined ? undefined : join(dir, normalize(inside));
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !file.startsWith(dir) || !existsSync(file)) {
			res.writeHead(404, { 'Content-Type': TYPES['.html']! });
			const page = notFoundPageFor(rules, path);
			const own = page?.startsWith(base) ? join(dir, normalize(page.slice(base.length - 1))) : undefined;
			const notFound = own && own.startsWith(dir) && existsSync(own) ? own : join(dir, '404.html');
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('Not found');
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
