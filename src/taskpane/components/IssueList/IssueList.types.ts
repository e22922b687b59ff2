import type { Issue, Lang, TableData } from "../../../core";
import type { IssueEntry, IssueTree } from "../../hooks/issueTree";

export type IssueListProps = {
  readonly lang: Lang;
  /** The check's issues arranged by row, one entry per cell, causes above their consequences. */
  readonly tree: IssueTree;
  /** The table (numbers printed as their cells show them; the words of each fix). */
  readonly data: TableData | null;
  readonly disabled: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly onFix: (issue: Issue) => void;
};

export type IssueEntryItemProps = Omit<IssueListProps, "tree"> & { readonly entry: IssueEntry };
