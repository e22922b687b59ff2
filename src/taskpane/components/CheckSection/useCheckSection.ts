import * as React from "react";
import { formatIssue, type Issue } from "../../../core";
import { groupIssues, type IssueGroup } from "../../hooks/groupIssues";
import type { IssueView } from "../IssueList";
import type { CheckSectionProps } from "./CheckSection.types";

export type CheckSectionState = {
  readonly views: readonly IssueView[];
  readonly groups: readonly IssueGroup[];
  readonly errors: number;
  readonly warnings: number;
};

/** Derive what the check tab shows from the issues: sentences, fix availability, groups by row, counts. */
export function useCheckSection(props: CheckSectionProps): CheckSectionState {
  const { issues, data, canFix, lang, describe: given } = props;
  return React.useMemo(() => {
    const describe = given ?? ((issue: Issue) => formatIssue(issue, lang));
    const list = issues ?? [];
    const seen = new Map<string, number>();
    const views = list.map((issue) => {
      const key = `${issue.cell}-${issue.code}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return { issue, message: describe(issue), fixable: canFix(issue), occurrence };
    });
    const errors = list.filter((i) => i.severity === "error").length;
    return { views, groups: groupIssues(list, data), errors, warnings: list.length - errors };
  }, [issues, data, given, lang, canFix]);
}
