import type { CopyIssue } from "../json/copy-json.js";
import { locate } from "../model/locate.js";
import type { Reporter } from "../report.js";

/** What the JSON copy could not carry over: a definition is JSON text, so these cannot reach AWS as they are. */
export function reportInputIssues(issues: readonly CopyIssue[], report: Reporter): void {
  for (const issue of issues) {
    const where = locate(issue.path);
    report.refused(
      where,
      "input",
      `This value ${issue.problem}.`,
      "Give the definition as JSON data: objects, arrays, strings, finite numbers, booleans and null.",
    );
  }
}
