import type { Issue, TableData } from "../../core";

/** The issues of one row, with the unit's name when the row is a data row. */
export type IssueGroup = {
  readonly row: number;
  readonly name: string | null;
  readonly items: readonly number[];
};

/** Group issue indexes by row, in the (row, column) order the engine returns them. */
export function groupIssues(issues: readonly Issue[], data: TableData | null): IssueGroup[] {
  const groups: { row: number; name: string | null; items: number[] }[] = [];
  issues.forEach((issue, i) => {
    let g = groups.find((x) => x.row === issue.row);
    if (!g) {
      const unit = data?.units.find((u) => u.row === issue.row);
      g = { row: issue.row, name: unit ? unit.name : null, items: [] };
      groups.push(g);
    }
    g.items.push(i);
  });
  return groups.sort((a, b) => a.row - b.row);
}
