import { describe, expect, it } from 'vitest';
import { referenceSource, type CitableSource } from '../../src/corpus/corpus.ts';
import { outsideDocuments } from '../../src/corpus/document-list.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';

type Ref = Extract<CitableSource, { type: 'reference' }>;

function ref(slug: string, fields: { url: string; title: string; publisher: string; date: string; passage: string; dateEstimate?: string }): Ref {
	return referenceSource(slug, `content/references/${slug}.yaml`, referenceSchema.parse(fields));
}

const GAO = { url: 'https://www.gao.gov/products/gao-09-381t', title: 'GAO-09-381T', publisher: 'U.S. Government Accountability Office', date: '2009-03-04' };
const refs = [
	ref('ice-wso-launch-2019', {
		url: 'https://www.ice.gov/news/releases/wso',
		title: 'ICE launches WSO',
		publisher: 'U.S. Immigration and Customs Enforcement',
		date: '2019-05-06',
		passage: 'intended for local law-enforcement',
	}),
	ref('gao-09-381t-67-agencies-2009', { ...GAO, passage: '67 state and local agencies were participating' }),
	ref('gao-09-381t-iirira-1996', { ...GAO, passage: 'added section 287(g) to the Immigration and Nationality Act' }),
	ref('immigration-impact-2021', {
		url: 'https://example.org/ii',
		title: 'Unfulfilled promise',
		publisher: 'Immigration Impact',
		date: '2021-06',
		dateEstimate: 'No printed date.',
		passage: 'the promise remains unfulfilled',
	}),
];
const citedIn = (slug: string) => (slug === 'gao-09-381t-67-agencies-2009' ? [{ href: '/history/', label: 'History' }] : []);

describe('the list of outside documents', () => {
	const documents = outsideDocuments(refs, citedIn);

	it('lists each address once, by publisher, with every passage recorded from it', () => {
		expect(documents.map((d) => [d.publisher, d.passages.map((p) => p.slug)])).toEqual([
			['Immigration Impact', ['immigration-impact-2021']],
			['U.S. Government Accountability Office', ['gao-09-381t-67-agencies-2009', 'gao-09-381t-iirira-1996']],
			['U.S. Immigration and Customs Enforcement', ['ice-wso-launch-2019']],
		]);
	});

	it('gives each document its date, marked when it is an estimate', () => {
		expect(documents.map((d) => d.date)).toEqual(['about June 2021 (estimated)', 'March 4, 2009', 'May 6, 2019']);
	});

	it('says which pages cite each passage', () => {
		const gao = documents[1]!;
		expect(gao.passages.map((p) => [p.text, p.citedIn.map((c) => c.label)])).toEqual([
			['67 state and local agencies were participating', ['History']],
			['added section 287(g) to the Immigration and Nationality Act', []],
		]);
	});
});
