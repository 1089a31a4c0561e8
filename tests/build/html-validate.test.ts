import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';

// The project's .htmlvalidate.mjs, found from each file's folder up, as the CLI would.
const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessage(file: string, m: Message): string {
	return `${file}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}\n    at ${m.selector ?? '(document)'}\n    see ${m.ruleUrl ?? `https://html-validate.org/rules/${m.ruleId}.html`}`;
}

describe('HTML validity of the real site', () => {
	it('html-validate (recommended rules) finds no error in any page of dist/', async () => {
		const files = htmlFiles();
		expect(files).toContain('404.html');
		const messages: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(join(DIST, file));
			for (const result of report.results) messages.push(...result.messages.map((m) => describeMessage(file, m)));
		}
		expect(messages.join('\n'), `${messages.length} validation errors`).toBe('');
	});

	it('the validator does fail on invalid markup (the test can fail)', async () => {
		const report = await validator.validateString(
			'<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></div></p></body></html>',
			join(DIST, 'x.html'),
		);
		expect(report.valid).toBe(false);
	});
});
