import type { Issue, TableData } from "../../core";

/**
 * The issues of one row, with the unit's name when the row is a data row, and the group (former commune, khu phố)
 * the row belongs to or sums, when the table has groups.
 */
export type IssueGroup = {
  readonly row: number;
  readonly name: string | null;
  readonly group: string | null;
  /** The row is the group's sub-total row. */
  readonly subtotal: boolean;
  readonly items: readonly number[];
};

/** Group issue indexes by row, in the (row, column) order the engine returns them. */
export function groupIssues(issues: readonly Issue[], data: TableData | null): IssueGroup[] {
  const groups: IssueGroup[] = [];
  const items = new Map<number, number[]>();
  issues.forEach((issue, i) => {
    let list = items.get(issue.row);
    if (!list) {
      list = [];
      items.set(issue.row, list);
      const unit = data?.units.find((u) => u.row === issue.row);
      const group = data?.groups?.find(
        (g) => g.subtotalRow === issue.row || g.unitRows.includes(issue.row)
      );
      groups.push({
        row: issue.row,
        name: unit ? unit.name : null,
        group: group ? group.name : null,
        subtotal: group?.subtotalRow === issue.row,
        items: list,
      });
    }
    list.push(i);
  });
  return groups.sort((a, b) => a.row - b.row);
}
