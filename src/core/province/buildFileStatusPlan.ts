import type { Lang } from "../messages/define";
import { tProvince } from "../messages/province";
import type { SheetPlan } from "../model";
import { buildHeadingWrites } from "../summary/buildHeadingWrites";
import { BODY_STYLE, COUNT_FORMAT, TEXT_FORMAT, buildPrintSetup } from "../summary/styles";
import { describeProblem, describeStatus } from "./describeProblem";
import {
  FLAG_STYLE,
  PROVINCE_FIRST_ROW,
  PROVINCE_HEADER_ROW,
  noteWrite,
  tableWrites,
  type TableColumn,
} from "./sheetParts";
import type { CommuneLine, Consolidation } from "./types";

/** The file's own name, without its folder (the sheet stays narrow enough to print). */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/**
 * Plan the sheet "Tình trạng tệp": every file in the order given, its commune, status, error and warning counts,
 * and its first problem or the reason it was not aggregated; marked "provinceFiles", print-ready.
 * @example buildFileStatusPlan(c, { lang: "vi", sheet: "Tình trạng tệp" }).plan.writes.length > 0
 */
export function buildFileStatusPlan(
  c: Consolidation,
  options: { readonly lang: Lang; readonly sheet: string }
): {
  readonly plan: SheetPlan;
  readonly sheet: string;
  readonly rowOfFile: ReadonlyMap<string, number>;
  readonly problemColumn: number;
} {
  const lang = options.lang;
  const flagged = (l: CommuneLine) => (l.status === "ok" ? BODY_STYLE : FLAG_STYLE);
  const columns: TableColumn<CommuneLine>[] = [
    { header: tProvince(lang, "colIndex"), width: 5, cell: (_l, i) => ({ value: i + 1 }) },
    {
      header: tProvince(lang, "colFile"),
      width: 28,
      format: TEXT_FORMAT,
      cell: (l) => ({ value: baseName(l.file) }),
    },
    {
      header: tProvince(lang, "colCommune"),
      width: 22,
      format: TEXT_FORMAT,
      cell: (l) => ({ value: l.name }),
    },
    {
      header: tProvince(lang, "colStatus"),
      width: 14,
      format: TEXT_FORMAT,
      cell: (l) => ({ value: describeStatus(l.status, lang) }),
      style: flagged,
    },
    {
      header: tProvince(lang, "colErrors"),
      width: 8,
      format: COUNT_FORMAT,
      cell: (l) => ({ value: l.errors }),
    },
    {
      header: tProvince(lang, "colWarnings"),
      width: 10,
      format: COUNT_FORMAT,
      cell: (l) => ({ value: l.warnings }),
    },
    {
      header: tProvince(lang, "colProblem"),
      width: 60,
      format: TEXT_FORMAT,
      cell: (l) => ({ value: l.problem ? describeProblem(l.problem, lang) : "" }),
      style: () => ({ ...BODY_STYLE, wrap: true }),
    },
  ];
  const lastCol = columns.length;
  const heading = buildHeadingWrites({
    title: tProvince(lang, "fileTitle"),
    placeName: tProvince(lang, "provincePlace"),
    lang,
    lastCol,
  });
  const widths = columns.map((col, i) => ({ col: i + 1, width: col.width }));
  const lastRow = PROVINCE_FIRST_ROW + c.lines.length - 1;
  const plan: SheetPlan = {
    sheet: options.sheet,
    create: true,
    marker: "provinceFiles",
    writes: [
      ...heading.writes,
      noteWrite(tProvince(lang, "fileNote")),
      ...tableWrites(columns, c.lines, null),
    ],
    merges: [...heading.merges, { top: 3, left: 1, bottom: 3, right: lastCol }],
    columnWidths: widths,
    freezeRows: PROVINCE_HEADER_ROW,
    print: {
      ...buildPrintSetup(widths, { top: PROVINCE_HEADER_ROW, bottom: PROVINCE_HEADER_ROW }),
      printArea: {
        top: 1,
        left: 1,
        bottom: Math.max(lastRow, PROVINCE_HEADER_ROW),
        right: lastCol,
      },
    },
  };
  return {
    plan,
    sheet: options.sheet,
    rowOfFile: new Map(c.lines.map((l, i) => [l.file, PROVINCE_FIRST_ROW + i])),
    problemColumn: lastCol,
  };
}
