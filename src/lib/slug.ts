// A slug is a folder name and part of a URL: keep it well under file-system name limits even
// when a "word" is a 50,000-character line with no spaces.
const MAX_LENGTH = 80;

/**
 * The one slug function: readable, ASCII, lower-case, at most `maxWords` words and 80 characters.
 *
 * In:  `Operation between ICE and West Virginia leaves 650 illegal immigrants detained`
 * Out: `operation-between-ice-and-west-virginia-leaves-650`
 *
 * In:  `Sheriff's Office Signs ICE 287(g) Agreement`
 * Out: `sheriffs-office-signs-ice-287g-agreement`
 */
export function slugify(text: string, maxWords = 8): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/(\d),(\d)/g, '$1$2')
		.replace(/(\d)\(([a-z0-9])\)/g, '$1$2') // a subsection: "287(g)" → "287g"
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, maxWords)
		.join('-');
	if (slug.length <= MAX_LENGTH) return slug;
	const cut = slug.slice(0, MAX_LENGTH + 1);
	const lastBreak = cut.lastIndexOf('-');
	return lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, MAX_LENGTH);
}
