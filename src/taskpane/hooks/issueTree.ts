import {
  buildIssueFix,
  buildTotalsFix,
  isRateRole,
  listRateInputs,
  RATE_DEFINITIONS,
  type ColumnRole,
  type Issue,
  type ParsedCell,
  type Severity,
  type TableData,
  type WritePlan,
} from "../../core";

/** Everything the check found about one cell (listed once), with its one-cell fix and what it caused. */
export type IssueEntry = {
  readonly cell: string;
  readonly row: number;
  readonly issues: readonly Issue[];
  readonly severity: Severity;
  /** The one-cell fix the officer may click (a rate, a number from text, a suggestion, a totals sum), or null. */
  readonly fix: WritePlan | null;
  /** Issues of other cells that follow from this one (a projected rate from a cut above the poor count…). */
  readonly consequences: readonly IssueEntry[];
};

/**
 * The issues of one row: the village's name, the group (former commune, khu phố) it belongs to or sums when the
 * table has groups, and whether it is the totals row or a group's sub-total row.
 */
export type IssueRowGroup = {
  readonly row: number;
  readonly name: string | null;
  readonly group: string | null;
  readonly subtotal: boolean;
  readonly totals: boolean;
  readonly entries: readonly IssueEntry[];
};

export type IssueTree = {
  readonly groups: readonly IssueRowGroup[];
  /** Rates that only need computing again (a stale or mistyped rate whose counts are fine). */
  readonly recompute: readonly IssueEntry[];
  readonly counts: {
    readonly errors: number;
    readonly warnings: number;
    readonly recompute: number;
  };
};

/**
 * The fix the pane offers for one issue: the engine's one-cell fix, or the villages' sum for a totals or sub-total
 * count.
 */
export function findIssueFix(data: TableData, issue: Issue, formulas: boolean): WritePlan | null {
  try {
    return buildIssueFix(data, issue, { formulas }) ?? buildTotalsFix(data, issue, { formulas });
  } catch {
    return null;
  }
}

/** The parsed cell of a table row and role (a village's, a group's sub-total's or the totals row's). */
export function findCell(data: TableData, row: number, role: ColumnRole): ParsedCell | undefined {
  if (data.totals?.row === row) return data.totals.cells[role];
  const group = data.groups?.find((g) => g.subtotalRow === row);
  if (group?.subtotal) return group.subtotal[role];
  return data.units.find((u) => u.row === row)?.cells[role];
}

/**
 * Arrange the check's issues for the officer: one entry per cell; an issue caused by another cell's error
 * (a rate computed from a wrong count, a totals cell summing a wrong village) nested under that cause; rates
 * that only need recomputing apart, so correcting a count never shows its stale rates as new errors.
 */
export function buildIssueTree(
  issues: readonly Issue[],
  data: TableData | null,
  formulas: boolean
): IssueTree {
  const byCell = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = `${issue.sheet}!${issue.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), issue]);
  }
  const entries = [...byCell.values()].map((list) => toEntry(list, data, formulas));
  const causeOf = (e: IssueEntry): IssueEntry | undefined =>
    entries.find((c) => c !== e && causes(c, e, data));
  const nested = new Map<IssueEntry, IssueEntry[]>();
  const roots: IssueEntry[] = [];
  for (const e of entries) {
    const cause = causeOf(e);
    if (cause && !causeOf(cause)) nested.set(cause, [...(nested.get(cause) ?? []), e]);
    else roots.push(e);
  }
  const withConsequences = (e: IssueEntry): IssueEntry => ({
    ...e,
    consequences: nested.get(e) ?? [],
  });
  const recompute = roots.filter((e) => isRecompute(e)).map(withConsequences);
  const groups: IssueRowGroup[] = [];
  for (const e of roots.filter((x) => !isRecompute(x))) {
    let g = groups.find((x) => x.row === e.row);
    if (!g) {
      const unit = data?.units.find((u) => u.row === e.row);
      const group = data?.groups?.find(
        (x) => x.subtotalRow === e.row || x.unitRows.includes(e.row)
      );
      g = {
        row: e.row,
        name: unit?.name ?? null,
        group: group?.name ?? null,
        subtotal: group?.subtotalRow === e.row,
        totals: data?.totals?.row === e.row,
        entries: [],
      };
      groups.push(g);
    }
    (g.entries as IssueEntry[]).push(withConsequences(e));
  }
  groups.sort((a, b) => a.row - b.row);
  const listed = groups.flatMap((g) => g.entries);
  return {
    groups,
    recompute,
    counts: {
      errors: listed.filter((e) => e.severity === "error").length,
      warnings: listed.filter((e) => e.severity === "warning").length,
      recompute: recompute.length,
    },
  };
}

function toEntry(list: Issue[], data: TableData | null, formulas: boolean): IssueEntry {
  const first = list[0] as Issue;
  let fix: WritePlan | null = null;
  if (data)
    for (const issue of list) {
      fix = findIssueFix(data, issue, formulas);
      if (fix) break;
    }
  return {
    cell: first.cell,
    row: first.row,
    issues: list,
    severity: list.some((i) => i.severity === "error") ? "error" : "warning",
    fix,
    consequences: [],
  };
}

const RATE_CODES = new Set(["RATE_MISMATCH", "TOTAL_MISMATCH", "NEGATIVE_VALUE", "CELL_ERROR"]);

/** A rate whose only trouble is its value: computing it again (the fix) settles it. */
function isRecompute(e: IssueEntry): boolean {
  return (
    e.fix !== null &&
    e.issues.every((i) => i.role !== null && isRateRole(i.role) && RATE_CODES.has(i.code))
  );
}

/** Whether `cause`'s cell is an input of `effect`'s: a count of the same row's rate, or a village of a total. */
function causes(cause: IssueEntry, effect: IssueEntry, data: TableData | null): boolean {
  if (cause.severity !== "error") return false;
  const causeRoles = cause.issues.map((i) => i.role).filter((r): r is ColumnRole => r !== null);
  return effect.issues.some((i) => {
    if (i.role === null) return false;
    if (isRateRole(i.role)) {
      const def = RATE_DEFINITIONS.find((d) => d.role === i.role);
      const inputs: readonly ColumnRole[] = def ? listRateInputs(def) : [];
      return cause.row === effect.row && causeRoles.some((r) => inputs.includes(r));
    }
    const totalsRow = data?.totals?.row;
    return (
      i.code === "TOTAL_MISMATCH" &&
      effect.row === totalsRow &&
      cause.row !== totalsRow &&
      causeRoles.includes(i.role)
    );
  });
}
