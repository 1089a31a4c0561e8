import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAgreements } from '../../src/agreements/load.ts';
import { placePath } from '../../src/agreements-view/states.ts';
import { countWords, formatListDay } from '../../src/render/list-words.ts';
import { componentExamples, registeredComponents } from '../support/component-examples.ts';
import { page } from '../support/dist.ts';
import { SITES } from '../support/fixture-project.ts';
import { siteFile } from '../support/fixture-site.ts';
import { sharedBuild, type SharedBuild } from '../support/shared-build.ts';

const examples = componentExamples();
/**
 * The examples are built on a small site (tests/fixtures/sites/minimal/) that holds what they
 * cite: its sources, reference, glossary, timeline and ICE lists. An example that cites
 * something else needs it added there.
 */
const SITE = 'minimal';
const SITE_ROOT = join(SITES, SITE);
const ARTICLE = 'content/articles/local-agencies-strengthen-partnerships.mdx';

/** Events the `<Timeline kind="operation" from="2017" />` example must show. */
function operationsSince2017(): number {
	const dir = join(SITE_ROOT, 'content/timeline');
	return readdirSync(dir).filter((f) => {
		const e = parse(readFileSync(join(dir, f), 'utf8')) as { kind: string; date: string };
		return e.kind === 'operation' && Number(String(e.date).slice(0, 4)) >= 2017;
	}).length;
}

/** The latest list of the site, counted here row by row, independently of the site's counting. */
const { latest } = await loadAgreements(SITE_ROOT);

/** What each component's example must render; a new component needs a line here. */
const RENDERS: Record<string, (tree: Root, example: string) => void> = {
	Cite(tree, example) {
		const marker = select('sup.cite a[href="#ref-1"]', tree);
		expect(toString(marker!)).toBe('[1]');
		const passage = /quote="([^"]+)"/.exec(example)?.[1] ?? /<Cite[^>]*>([^<]+)<\/Cite>/.exec(example)?.[1];
		expect(toString(select('#ref-1 blockquote', tree)!)).toBe(`“${passage}”`);
	},
	Note(tree, example) {
		const kind = /kind="(\w+)"/.exec(example)![1];
		const text = /<Note[^>]*>\n?([^<]+)\n?<\/Note>/.exec(example)![1]!.trim();
		const notes = selectAll(`aside.note.note-${kind}`, tree).map(toString);
		expect(notes.some((n) => n.includes(text))).toBe(true);
	},
	Timeline(tree) {
		expect(operationsSince2017(), 'operations the example can show').toBeGreaterThan(0);
		expect(selectAll('ol.timeline-slice > li', tree)).toHaveLength(operationsSince2017());
		expect(selectAll('ol.timeline-slice > li .timeline-title a', tree).every((a) => String(a.properties['href']).startsWith('/timeline/#'))).toBe(true);
	},
	ListCount(tree, example) {
		const props = Object.fromEntries([...example.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
		expect(props['date'], 'the example counts the latest list').toBeUndefined();
		const rows = latest.rows.filter((r) => (!props['model'] || r.model === props['model']) && (!props['state'] || r.state === props['state']));
		const count = props['what'] === 'agencies' ? new Set(rows.map((r) => `${r.state} ${r.agencyKey}`)).size : rows.length;
		const unit = props['what'] === 'agencies' ? 'agencies' : 'agreements';
		expect(count, 'agreements the example can count').toBeGreaterThan(0);
		const shown = select('.list-count', tree);
		expect(toString(select('a', shown!)!)).toBe(`${count.toLocaleString('en-US')} ${unit}`);
		expect(select('a', shown!)!.properties['href']).toBe(props['state'] ? placePath(props['state']) : '/agreements/');
		expect(toString(shown!)).toBe(`${count.toLocaleString('en-US')} ${unit} (ICE's list of ${formatListDay(latest.date)})`);
	},
	Term(tree, example) {
		const [, id, words] = /<Term id="([^"]+)">([^<]+)<\/Term>/.exec(example)!;
		const link = selectAll(`a[href="/glossary/#${id}"]`, tree).find((a) => toString(a) === words);
		expect(link, `a link to /glossary/#${id} reading "${words}"`).toBeDefined();
	},
};

describe('the component reference in CONTRIBUTING.md', () => {
	it('documents every component contributors may use, with at least one example', () => {
		for (const name of [...registeredComponents(), 'Cite', 'Note', 'Term']) {
			expect(examples.get(name)?.length ?? 0, `examples of <${name}>`).toBeGreaterThan(0);
		}
		expect(Object.keys(RENDERS).sort()).toEqual([...examples.keys()].sort());
	});

	describe('each example, built', () => {
		let build: SharedBuild;
		const pages: { name: string; example: string; path: string }[] = [];
		const spanish: { example: string; path: string }[] = [];

		beforeAll(() => {
			const files: Record<string, string> = {};
			for (const [name, list] of examples) {
				list.forEach((example, i) => {
					if (name === 'Note') {
						// A note belongs in an article: it is shown on that source's page.
						files[ARTICLE] = `${files[ARTICLE] ?? siteFile(SITE, ARTICLE)}\n${example}\n`;
						pages.push({ name, example, path: '/sources/local-agencies-strengthen-partnerships/' });
						return;
					}
					const id = `${name.toLowerCase()}-${i + 1}`;
					files[`content/explainers/examples/${id}.mdx`] = `---\ntitle: Example ${id}\ndescription: An example.\nsection: about\n---\n\n${example}\n`;
					pages.push({ name, example, path: `/examples/${id}/` });
					// A count from ICE's list is also written on a Spanish page, in Spanish.
					if (name === 'ListCount') {
						files[`content/explainers/es/examples/${id}.mdx`] = `---\ntitle: Ejemplo ${id}\ndescription: Un ejemplo.\nsection: about\n---\n\n${example}\n`;
						spanish.push({ example, path: `/es/examples/${id}/` });
					}
				});
			}
			// Shared, so that a run with no change to the examples, the site or the code builds nothing.
			build = sharedBuild({ site: SITE, files });
		});

		it('builds', () => {
			expect(build.output).toContain('Complete!');
		});

		it('renders what the reference says, for every example', () => {
			expect(pages.length).toBeGreaterThanOrEqual(examples.size);
			for (const { name, example, path } of pages) RENDERS[name]!(page(path, build.dist), example);
		});

		it('renders <ListCount> in Spanish on a Spanish page', () => {
			expect(spanish.length).toBe(examples.get('ListCount')?.length);
			for (const { example, path } of spanish) {
				const props = Object.fromEntries([...example.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
				const rows = latest.rows.filter((r) => (!props['model'] || r.model === props['model']) && (!props['state'] || r.state === props['state']));
				const count = props['what'] === 'agencies' ? new Set(rows.map((r) => `${r.state} ${r.agencyKey}`)).size : rows.length;
				const shown = select('.list-count', page(path, build.dist))!;
				expect(toString(select('a', shown)!)).toBe(countWords(count, props['what'] === 'agencies' ? 'agencies' : 'agreements', 'es'));
				expect(select('a', shown)!.properties['href']).toBe(`/es${props['state'] ? placePath(props['state']) : '/agreements/'}`);
				expect(toString(shown)).toBe(
					`${countWords(count, props['what'] === 'agencies' ? 'agencies' : 'agreements', 'es')} (lista de ICE del ${formatListDay(latest.date, 'es')})`,
				);
			}
		});
	});
});
