import { parseTargetText, type TargetInput } from "../allocate/target";
import type { Grid, RawValue } from "../model";
import { isPercentFormat } from "../parse/parseCell";
import { parseNumberText } from "../parse/parseNumberText";
import { normalizeText } from "../text/normalizeText";
import type { AssignedTarget } from "./types";

/** A header naming the communes: "Xã, phường", "Tên xã", "Đơn vị", "Địa phương", "Xã/phường/thị trấn". */
const NAME_HEADER =
  /^(?:tt\s+)?(?:ten\s+)?(?:xa|phuong|thi tran|don vi|dia phuong|dvhc|don vi hanh chinh)\b/;
/** A header of the assignment: "Chỉ tiêu giảm hộ nghèo", "Số hộ giảm nghèo giao", "Kế hoạch giảm (hộ)", "Tỷ lệ giảm (%)". */
const TARGET_HEADER = /chi tieu|giam|ke hoach|giao/;
const RATE_HEADER = /ty le|%/;
const TOTALS_LABEL = /^(?:tong|cong|toan tinh)\b/;
const HEADER_SCAN_ROWS = 30;

/** A cell read as a target: households (whole number) or a rate in percent points. */
function targetOf(value: RawValue, format: string, rateColumn: boolean): TargetInput | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    if (isPercentFormat(format)) return { kind: "rate", rate: value * 100 };
    if (rateColumn) return { kind: "rate", rate: value };
    return Number.isInteger(value) ? { kind: "households", households: value } : null;
  }
  if (typeof value !== "string" || value.trim() === "") return null;
  const typed = parseTargetText(value.normalize("NFC"));
  if (typed !== null)
    return rateColumn && typed.kind === "households"
      ? { kind: "rate", rate: typed.households }
      : typed;
  if (!rateColumn) return null;
  const n = parseNumberText(value, "rate");
  return n !== null && n >= 0 && n <= 100 ? { kind: "rate", rate: n } : null;
}

type Columns = {
  readonly headerRow: number;
  readonly name: number;
  readonly targets: readonly { col: number; rate: boolean }[];
};

/** The header row with a commune column and at least one target column to its right. */
function findColumns(grid: Grid): Columns | null {
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < last; i++) {
    const row = grid.values[i] ?? [];
    const texts = row.map((v) => (typeof v === "string" ? normalizeText(v) : ""));
    const name = texts.findIndex((t) => NAME_HEADER.test(t) && !TARGET_HEADER.test(t));
    if (name < 0) continue;
    const targets = texts
      .map((t, j) => ({ t, j }))
      .filter(({ t, j }) => j > name && TARGET_HEADER.test(t))
      .map(({ t, j }) => ({ col: j, rate: RATE_HEADER.test(t) }));
    if (targets.length > 0) return { headerRow: i, name, targets };
  }
  return null;
}

/** A sheet with no header: the first text column and the first column right of it that holds targets. */
function guessColumns(grid: Grid): Columns | null {
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  for (let name = 0; name < width - 1; name++) {
    const named = grid.values.filter(
      (r) => typeof r[name] === "string" && /\p{L}/u.test(r[name] as string)
    );
    if (named.length === 0) continue;
    const col = name + 1;
    const readable = grid.values.filter(
      (r, i) =>
        typeof r[name] === "string" &&
        targetOf(r[col] ?? null, grid.numberFormats[i]?.[col] ?? "General", false) !== null
    );
    if (readable.length > 0) return { headerRow: -1, name, targets: [{ col, rate: false }] };
  }
  return null;
}

export type TargetsReading = {
  readonly targets: readonly AssignedTarget[];
  /** Rows naming a commune whose target cannot be read ("khoảng 10"), to report. */
  readonly unreadable: readonly {
    readonly sheet: string;
    readonly row: number;
    readonly name: string;
  }[];
};

/**
 * The province's assignment from its targets workbook: a column of communes ("Xã, phường", "Tên xã", "Đơn vị" …) and
 * a target column to its right ("Chỉ tiêu giảm hộ nghèo (hộ)", or a rate: "Tỷ lệ giảm (%)", "1,11%"); a sheet
 * without a header is read as two columns, name then target. Totals rows are skipped. null when no sheet has any.
 * @example readTargets([grid]) // { targets: [{ name: "Bình Lương", row: 3, input: { kind: "households", households: 10 } }], … }
 */
export function readTargets(grids: readonly Grid[]): TargetsReading | null {
  for (const grid of grids) {
    if (grid.generated !== undefined) continue;
    const cols = findColumns(grid) ?? guessColumns(grid);
    if (!cols) continue;
    const targets: AssignedTarget[] = [];
    const unreadable: { sheet: string; row: number; name: string }[] = [];
    for (let i = cols.headerRow + 1; i < grid.values.length; i++) {
      const row = grid.values[i] ?? [];
      const nameCell = row[cols.name];
      if (typeof nameCell !== "string" || !/\p{L}/u.test(nameCell)) continue;
      const name = nameCell.normalize("NFC").replace(/\s+/g, " ").trim();
      if (TOTALS_LABEL.test(normalizeText(name)) || RATE_HEADER.test(normalizeText(name))) continue;
      const filled = cols.targets.filter(({ col }) => {
        const v = row[col];
        return v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");
      });
      if (filled.length === 0) continue;
      const { col, rate } =
        filled.find((t) => !t.rate) ?? (filled[0] as { col: number; rate: boolean });
      const input = targetOf(row[col] ?? null, grid.numberFormats[i]?.[col] ?? "General", rate);
      const at = grid.top + i;
      if (input === null) unreadable.push({ sheet: grid.sheet, row: at, name });
      else targets.push({ name, row: at, input });
    }
    if (targets.length > 0 || unreadable.length > 0) return { targets, unreadable };
  }
  return null;
}
