import type { Issue } from "../model/issue";
import type { ColumnRole } from "../model/roles";
import type { Lang } from "../messages/define";
import { formatIssue } from "./formatIssue";

/** An issue in the `--json` contract shape (DESIGN.md). */
export type IssueJson = {
  readonly code: Issue["code"];
  readonly severity: Issue["severity"];
  readonly cell: string;
  readonly role: ColumnRole | null;
  readonly actual: number | string | boolean | null;
  readonly expected?: number;
  readonly suggestion?: number;
  readonly message: string;
};

/**
 * @example issueToJson(issue, "vi") // { code: "RATE_MISMATCH", severity: "error", cell: "F9", role: "poorRate", actual: 2.83, expected: 2.38, message: "Ô F9 …" }
 */
export function issueToJson(issue: Issue, lang: Lang): IssueJson {
  return {
    code: issue.code,
    severity: issue.severity,
    cell: issue.cell,
    role: issue.role,
    actual: issue.actual,
    ...(issue.expected !== undefined ? { expected: issue.expected } : {}),
    ...(issue.suggestion !== undefined ? { suggestion: issue.suggestion } : {}),
    message: formatIssue(issue, lang),
  };
}
