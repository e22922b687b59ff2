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

/**
 * After the officer runs the check, bring the results to the top of the pane's scrolling body (a live re-check
 * while editing never moves the view). The target keeps a scroll margin so nothing above it covers it.
 */
export function useResultsIntoView(
  issues: unknown
): readonly [React.RefObject<HTMLDivElement | null>, () => void] {
  const ref = React.useRef<HTMLDivElement | null>(null);
  const asked = React.useRef(false);
  React.useEffect(() => {
    if (!asked.current || issues === null) return;
    asked.current = false;
    ref.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
  }, [issues]);
  const expect = React.useCallback(() => {
    asked.current = true;
  }, []);
  return [ref, expect] as const;
}
