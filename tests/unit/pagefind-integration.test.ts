import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind.ts';
import { servePagefindInDev } from '../../src/integrations/pagefind-dev.ts';
import { INDEX_EXCLUDE } from '../../src/search/search-index.ts';

const calls = vi.hoisted(() => ({
	errors: { start: [] as string[], add: [] as string[], write: [] as string[] },
	createIndex: vi.fn(),
	addDirectory: vi.fn(),
	writeFiles: vi.fn(),
	close: vi.fn(),
}));

vi.mock('pagefind', () => ({
	createIndex: async (config: unknown) => {
		calls.createIndex(config);
		return {
			errors: calls.errors.start,
			index: {
				addDirectory: async (options: unknown) => (calls.addDirectory(options), { errors: calls.errors.add, page_count: 3 }),
				writeFiles: async (options: unknown) => (calls.writeFiles(options), { errors: calls.errors.write, outputPath: '' }),
			},
		};
	},
	close: async () => calls.close(),
}));

type Hook = (options: Record<string, unknown>) => Promise<void> | void;

/** Runs the integration's build hooks as `astro build` would, for a site built into `/site/dist/`. */
async function build() {
	const { hooks } = pagefind();
	const logger = { info: vi.fn() };
	(hooks['astro:config:done'] as unknown as Hook)({ config: { outDir: pathToFileURL('/site/dist/'), base: '/' } });
	await (hooks['astro:build:done'] as unknown as Hook)({ dir: pathToFileURL('/site/dist/'), logger });
	return logger;
}

describe('the Pagefind build hook', () => {
	beforeEach(() => {
		vi.clearAllMocks();
		calls.errors = { start: [], add: [], write: [] };
	});

	it('indexes the built site without the excluded fragments, and writes the index into it', async () => {
		const logger = await build();
		expect(calls.createIndex).toHaveBeenCalledWith({ excludeSelectors: [...INDEX_EXCLUDE] });
		expect(calls.addDirectory).toHaveBeenCalledWith({ path: '/site/dist' });
		expect(calls.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/dist/pagefind' });
		expect(logger.info).toHaveBeenCalledWith('Indexed 3 pages for search.');
		expect(calls.close).toHaveBeenCalledTimes(1);
	});

	it("stops the build with the step and Pagefind's messages, and still closes Pagefind", async () => {
		calls.errors.add = ['Failed to parse dist/x/index.html'];
		const failure = await build().catch((error: unknown) => error as Error);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toBe('Building the search index failed.');
		expect(((failure as Error).cause as Error).message).toBe('Pagefind could not index the site:\n  Failed to parse dist/x/index.html');
		expect(calls.writeFiles).not.toHaveBeenCalled();
		expect(calls.close).toHaveBeenCalledTimes(1);
	});
});

describe('the index in `astro dev`', () => {
	const dist = mkdtempSync(join(tmpdir(), '287g-pagefind-'));
	mkdirSync(join(dist, 'pagefind'));
	writeFileSync(join(dist, 'pagefind', 'pagefind.js'), 'export {};');
	const middleware = servePagefindInDev(join(dist, 'pagefind'), '/287g/');
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	/** Sends a request through the middleware: the served body, or `next` when it passes. */
	function request(url: string): Promise<{ status: number; type: string | undefined; body: string } | 'next'> {
		return new Promise((resolve) => {
			const res = new PassThrough() as unknown as ServerResponse & PassThrough;
			let head = { status: 0, type: undefined as string | undefined };
			res.writeHead = ((status: number, headers: Record<string, string>) => ((head = { status, type: headers['Content-Type'] }), res)) as never;
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ ...head, body: Buffer.concat(chunks).toString() }));
			middleware({ url } as IncomingMessage, res, () => resolve('next'));
		});
	}

	it('serves the files of the last build under the base path', async () => {
		expect(await request('/287g/pagefind/pagefind.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export {};' });
	});

	it('lets other requests, missing files and paths outside the folder through', async () => {
		expect(await request('/287g/what-is-287g/')).toBe('next');
		expect(await request('/287g/pagefind/pagefind-ui.js')).toBe('next');
		expect(await request('/287g/pagefind/..%2F..%2Fetc%2Fpasswd')).toBe('next');
	});
});
