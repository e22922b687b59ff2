import type { Lang } from "../../../core";
import type { Issue } from "../../../core";
import type { IssueGroup } from "../../hooks/groupIssues";

/** An issue as the list shows it: the engine's record plus its sentence and whether a one-cell fix exists. */
export type IssueView = {
  readonly issue: Issue;
  readonly message: string;
  readonly fixable: boolean;
  /** 0 for the first issue of this cell and code, 1 for a second one… (a stable list key). */
  readonly occurrence: number;
};

export type IssueListProps = {
  readonly lang: Lang;
  readonly groups: readonly IssueGroup[];
  readonly items: readonly IssueView[];
  readonly disabled: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly onFix: (issue: Issue) => void;
};
