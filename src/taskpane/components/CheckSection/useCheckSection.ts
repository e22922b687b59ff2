import * as React from "react";
import { buildIssueTree, type IssueTree } from "../../hooks/issueTree";
import type { CheckSectionProps } from "./CheckSection.types";

/** The check tab's list: one entry per cell, causes above consequences, rates to recompute apart, and counts. */
export function useCheckSection(props: CheckSectionProps): IssueTree {
  const { issues, data, formulas } = props;
  return React.useMemo(
    () => buildIssueTree(issues ?? [], data, formulas),
    [issues, data, formulas]
  );
}
