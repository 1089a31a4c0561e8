/**
 * Bytes of a seed file to text. Seeds arrive from anywhere: UTF-8 with or without a byte order
 * mark, UTF-16 with a byte order mark, or Windows-1252 from older tools. Anything else that is
 * not text (NUL bytes, control characters) is refused, never guessed at.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
	| { readonly ok: true; readonly text: string; readonly encoding: Encoding; readonly warnings: readonly string[] }
	| { readonly ok: false; readonly problem: string };

// C0 controls other than tab, line feed, form feed and carriage return, and DEL: the control
// characters (Cc) without those four and without the C1 range.
const CONTROL = /(?![\t\n\f\r\u0080-\u009F])\p{Cc}/gu;

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
	try {
		return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

function pick(bytes: Uint8Array): { text: string; encoding: Encoding; warnings: string[] } | string {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		const text = decodeWith('utf-8', bytes.subarray(3), true);
		return text === undefined ? 'it starts with a UTF-8 byte order mark but is not valid UTF-8' : { text, encoding: 'utf-8-bom', warnings: [] };
	}
	for (const [bom, label] of [
		[[0xff, 0xfe], 'utf-16le'],
		[[0xfe, 0xff], 'utf-16be'],
	] as const) {
		if (startsWith(bytes, bom)) {
			const text = decodeWith(label, bytes.subarray(2), true);
			return text === undefined
				? `it starts with a ${label.toUpperCase()} byte order mark but is not valid ${label.toUpperCase()}`
				: { text, encoding: label, warnings: [] };
		}
	}
	if (bytes.includes(0)) return 'it contains NUL bytes, so it is binary, not text';
	const utf8 = decodeWith('utf-8', bytes, true);
	if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', warnings: [] };
	const cp1252 = decodeWith('windows-1252', bytes, false) ?? '';
	return {
		text: cp1252,
		encoding: 'windows-1252',
		warnings: ['not valid UTF-8; read as Windows-1252. Re-save it as UTF-8 to silence this warning.'],
	};
}

/** Decodes a seed, or says in one phrase why it cannot be read as text. */
export function decodeSeed(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
	const picked = pick(bytes);
	if (typeof picked === 'string') return { ok: false, problem: picked };
	const controls = picked.text.match(CONTROL)?.length ?? 0;
	if (controls > 0) {
		return { ok: false, problem: `it contains ${controls} control character(s), so it is binary, not text` };
	}
	if (picked.text.trim() === '') return { ok: false, problem: 'the file holds only whitespace' };
	return { ok: true, ...picked };
}
