import { inTableBody, rangeToA1, toA1 } from "../core";
import type { CellWrite, PlanCell, WritePlan } from "../core";
import type { WriteRect } from "./rectangles";
import type { ExcelSession, TableRef } from "./session";
import { mergeKey, type RectSnapshot, type Snapshot } from "./snapshot";
import { charsToPoints, encodePlanCell, splitMatrix, type WriteCommand } from "./writeCommands";

/**
 * What goes into a cell: the plan's cell, except that in an Excel Table's body a formula becomes a calculated
 * column filling every row (office-js #2093, #5909), so its value is written there instead, as the preview says.
 */
export function cellWritten(
  cell: PlanCell,
  row: number,
  col: number,
  tables: readonly TableRef[]
): PlanCell {
  if ("formula" in cell && cell.result !== undefined && inTableBody(tables, row, col))
    return { value: cell.result };
  return cell;
}

/** The plan as write commands: new sheets first, then per sheet number formats, contents, styles, the rest. */
export function planCommands(
  session: ExcelSession,
  plan: WritePlan,
  snapshot: Snapshot
): WriteCommand[] {
  const { rects, charts, markerNames } = snapshot;
  const commands: WriteCommand[] = plan.sheets
    .filter((s) => s.create)
    .map((s) => ({ kind: "addSheet", sheet: s.sheet }) as const);
  let chartIndex = 0;
  const withValidation = session.supports("ExcelApi", "1.8");
  for (const sp of plan.sheets) {
    const tables = sp.create ? [] : (session.tables.get(sp.sheet.toLowerCase()) ?? []);
    for (const { rect, snap } of rects.get(sp) ?? [])
      commands.push(...rectCommands(session, sp.sheet, rect, snap, tables));
    const marker = markerNames.get(sp);
    if (marker !== undefined)
      commands.push({
        kind: "addName",
        name: marker,
        reference: `=${quoteSheet(sp.sheet)}!$A$1`,
      });
    for (const t of sp.tables ?? [])
      commands.push({
        kind: "table",
        sheet: sp.sheet,
        address: rangeToA1(t.range),
        ...(t.name !== undefined ? { name: t.name } : {}),
      });
    commands.push(...styleCommands(sp.sheet, sp.writes, !sp.create));
    for (const m of sp.merges ?? [])
      if (!snapshot.blockedMerges.has(mergeKey(sp.sheet, m)))
        commands.push({ kind: "merge", sheet: sp.sheet, address: rangeToA1(m) });
    for (const w of sp.columnWidths ?? []) {
      const col = toA1(1, w.col).replace(/\d+$/, "");
      commands.push({
        kind: "columnWidth",
        sheet: sp.sheet,
        address: `${col}:${col}`,
        points: charsToPoints(w.width),
      });
    }
    if (withValidation) {
      for (const v of sp.validations ?? []) {
        commands.push({
          kind: "validation",
          sheet: sp.sheet,
          address: rangeToA1(v.range),
          spec: v,
        });
      }
    }
    for (const spec of sp.charts ?? []) {
      const name = charts[chartIndex++]?.name ?? `giamngheo-${plan.action}`;
      commands.push({ kind: "chart", sheet: sp.sheet, name, spec });
    }
    if (sp.freezeRows !== undefined)
      commands.push({ kind: "freeze", sheet: sp.sheet, rows: sp.freezeRows });
    // Page layout is ExcelApi 1.9; older hosts print with Excel's defaults.
    if (sp.print && sp.create && session.supports("ExcelApi", "1.9"))
      commands.push({ kind: "print", sheet: sp.sheet, print: sp.print });
  }
  return commands;
}

function rectCommands(
  session: ExcelSession,
  sheet: string,
  rect: WriteRect,
  snap: RectSnapshot | null,
  tables: readonly TableRef[]
): WriteCommand[] {
  let anyFormat = false;
  let anyCell = false;
  const formats = rect.cells.map((row, i) =>
    row.map((w, j) => {
      const current = snap?.numberFormat[i]?.[j] ?? "General";
      const wanted = w?.numberFormat;
      // A formula typed into a Text-formatted cell stays text: give such cells General first.
      const fix =
        w?.cell && "formula" in w.cell && (wanted ?? current) === "@" ? "General" : undefined;
      const value = fix ?? wanted ?? null;
      if (value !== null) anyFormat = true;
      return value;
    })
  );
  const contents = rect.cells.map((row, i) =>
    row.map((w, j) => {
      if (!w?.cell) return null;
      anyCell = true;
      const format = formats[i]?.[j] ?? snap?.numberFormat[i]?.[j] ?? "General";
      return encodePlanCell(cellWritten(w.cell, w.row, w.col, tables), format);
    })
  );
  return [
    ...(anyFormat
      ? splitMatrix(sheet, "numberFormat", rect.ref, formats, session.maxRequestBytes / 2)
      : []),
    ...(anyCell
      ? splitMatrix(sheet, "formulas", rect.ref, contents, session.maxRequestBytes / 2)
      : []),
  ];
}

/** A sheet name as Excel writes it in a reference: quoted unless a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Styles per row, consecutive cells with the same style as one range. */
function styleCommands(
  sheet: string,
  writes: readonly CellWrite[],
  fullLines: boolean
): WriteCommand[] {
  const styled = writes
    .filter((w) => w.style !== undefined)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const out: WriteCommand[] = [];
  let run: CellWrite[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first?.style && last) {
      const address = rangeToA1({
        top: first.row,
        bottom: first.row,
        left: first.col,
        right: last.col,
      });
      out.push({
        kind: "style",
        sheet,
        address,
        style: first.style,
        ...(fullLines && first.style.border ? { fullLines } : {}),
      });
    }
    run = [];
  };
  for (const w of styled) {
    const prev = run[run.length - 1];
    if (
      prev &&
      !(
        prev.row === w.row &&
        prev.col + 1 === w.col &&
        JSON.stringify(prev.style) === JSON.stringify(w.style)
      )
    ) {
      flush();
    }
    run.push(w);
  }
  flush();
  return out;
}
