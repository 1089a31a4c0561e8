import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SHARED = '../shared/seeds';

// The seeds are evidence: the project's copy must stay byte for byte what was received.
describe.runIf(existsSync(SHARED))('seeds/', () => {
	it('holds every file of ../shared/seeds, byte for byte', () => {
		for (const file of readdirSync(SHARED)) {
			expect(readFileSync(`seeds/${file}`).equals(readFileSync(`${SHARED}/${file}`)), file).toBe(true);
		}
	});
});
