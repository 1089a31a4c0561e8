import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Finds a Chromium: the CHROMIUM_PATH variable, then the usual system paths, then the one
 * shipped by the npm package `@sparticuz/chromium` if it is installed.
 */
export async function findChromium(): Promise<string> {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
		return fromEnv;
	}
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	if (system) return system;
	try {
		const require = createRequire(import.meta.url);
		const sparticuz = require('@sparticuz/chromium') as { default?: { executablePath(): Promise<string> }; executablePath?(): Promise<string> };
		const pkg = sparticuz.default ?? sparticuz;
		if (pkg.executablePath) return await pkg.executablePath();
	} catch {
		// Not installed: fall through to the message below.
	}
	throw new Error(
		'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium` ' +
			'(Debian/Ubuntu), or `npm install --no-save @sparticuz/chromium`, or set CHROMIUM_PATH to a Chromium binary.',
	);
}

/** Launches headless Chromium with the flags this sandboxed, offline machine needs. */
export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: await findChromium(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}
