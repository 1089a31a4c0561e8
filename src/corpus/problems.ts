/** A problem in the content, reported with where it is and what to do. */
export interface Problem {
	/** Path from the project root, e.g. `content/explainers/models.mdx`. */
	readonly file: string;
	readonly line?: number | undefined;
	readonly column?: number | undefined;
	/** What is wrong and what to do, as a sentence; extra lines are indented under it. */
	readonly message: string;
}

/** `file:line:column  message`, the form editors and terminals turn into links. */
export function formatProblem(p: Problem): string {
	const where = [p.file, p.line, p.line === undefined ? undefined : (p.column ?? 1)].filter((x) => x !== undefined).join(':');
	return `${where}  ${p.message}`;
}

/** All problems, sorted by place, under a heading that says how many there are. */
export function formatProblems(problems: readonly Problem[]): string {
	const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return [`${count} in the content:`, '', ...sorted.map(formatProblem)].join('\n');
}

/** The error a build stops with: one message listing every problem. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
		// The message says everything the contributor needs; a stack trace into the build tool
		// would only bury it.
		this.stack = this.message;
	}
}
