import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/corpus/decode.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeSeed', () => {
	it('reads plain UTF-8, accents and curly quotes included', () => {
		expect(decodeSeed(bytes('Joaquín Núñez said “yes”'))).toEqual({
			ok: true,
			text: 'Joaquín Núñez said “yes”',
			encoding: 'utf-8',
			warnings: [],
		});
	});

	it('drops a UTF-8 byte order mark and says it was there', () => {
		const result = decodeSeed(bytes([0xef, 0xbb, 0xbf], 'Title\r\nBody'));
		expect(result).toMatchObject({ ok: true, text: 'Title\r\nBody', encoding: 'utf-8-bom' });
	});

	it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', () => {
		// 0x93 and 0x94 are curly quotes and 0xE9 is "é" in Windows-1252.
		const result = decodeSeed(bytes([0x93], 'Caf', [0xe9], [0x94]));
		expect(result).toEqual({
			ok: true,
			text: '“Café”',
			encoding: 'windows-1252',
			warnings: ['not valid UTF-8; read as Windows-1252. Re-save it as UTF-8 to silence this warning.'],
		});
	});

	it('reads UTF-16 little-endian with its byte order mark', () => {
		const utf16 = [0xff, 0xfe, ...[...'Hé'].flatMap((c) => [c.charCodeAt(0), 0])];
		expect(decodeSeed(new Uint8Array(utf16))).toMatchObject({ ok: true, text: 'Hé', encoding: 'utf-16le' });
	});

	it('refuses an empty file', () => {
		expect(decodeSeed(new Uint8Array())).toEqual({ ok: false, problem: 'the file is empty' });
	});

	it('refuses a file of whitespace only', () => {
		expect(decodeSeed(bytes(' \r\n\t\n'))).toEqual({ ok: false, problem: 'the file holds only whitespace' });
	});

	it('refuses binary data with NUL bytes', () => {
		expect(decodeSeed(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
			ok: false,
			problem: 'it contains NUL bytes, so it is binary, not text',
		});
	});

	it('refuses text full of control characters', () => {
		expect(decodeSeed(bytes('abc', [0x01, 0x02], 'def'))).toEqual({
			ok: false,
			problem: 'it contains 2 control character(s), so it is binary, not text',
		});
	});
});
