import type { LinkableTerm } from '../../src/corpus/term-links.ts';

/** A small glossary with the cases that make matching hard, for unit tests. */
export const TERMS: LinkableTerm[] = [
	{
		id: 'ice',
		term: 'U.S. Immigration and Customs Enforcement',
		acronym: 'ICE',
		aliases: ['Immigration and Customs Enforcement'],
		definition: 'The DHS agency.',
	},
	{ id: 'section-287g', term: '287(g)', aliases: ['287(g) program', 'Section 287(g)'], definition: 'A section of the INA.' },
	{ id: 'task-force-model', term: 'Task Force Model', acronym: 'TFM', aliases: ['task force model'], definition: 'The field model.' },
	{ id: 'task-force', term: 'Task Force', aliases: [], definition: 'A joint unit.' },
	{ id: 'detainer', term: 'Detainer', aliases: ['immigration detainer', 'Form I-247A'], definition: 'A request to hold a person "for up to 48 hours".' },
	{ id: 'secure-communities', term: 'Secure Communities', aliases: [], definition: 'A fingerprint program.' },
	{ id: 'notice-to-appear', term: 'Notice to Appear', acronym: 'NTA', aliases: ['Notices to Appear'], definition: 'A charging document.' },
	{ id: 'ina', term: 'Immigration and Nationality Act', acronym: 'INA', aliases: ['McCarran-Walter Act'], definition: 'The core statute.' },
];
