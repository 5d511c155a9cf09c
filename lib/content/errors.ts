/** A problem in the content, located as precisely as the source allows. */
export type ContentIssue = {
  file: string;
  line?: number;
  column?: number;
  message: string;
};

export function formatIssue(issue: ContentIssue): string {
  const where =
    issue.line === undefined
      ? issue.file
      : `${issue.file}:${issue.line}${issue.column === undefined ? "" : `:${issue.column}`}`;
  return `${where}: ${issue.message}`;
}

/** The line above a list of problems: "The content has 2 problems:". */
export function problemsHeading(count: number): string {
  return `The content has ${count} problem${count === 1 ? "" : "s"}:`;
}

/** Thrown when the content cannot be built; carries every problem found, not just the first. */
export class ContentBuildError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(
      `${problemsHeading(issues.length)}\n` + issues.map((i) => `  - ${formatIssue(i)}`).join("\n"),
    );
    this.name = "ContentBuildError";
    this.issues = issues;
  }
}
