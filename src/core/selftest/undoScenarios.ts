import type { Lang } from "../messages/define";
import type { OfficerActions, WorkbookHost } from "../model/host";
import type { CellWrite, WritePlan } from "../model/plan";
import type { UndoResult } from "../undo/types";
import { at, expectThat } from "./checks";

/**
 * The self-test's undo scenarios (issue 15): they play the officer through the host (`WorkbookHost.officer`), so
 * they run in real Excel as on the xlsx host. Each works on a small block of villages below the sample table of the
 * temporary sheet and leaves it as it found it.
 */
export const UNDO_SCENARIOS = [
  "undo-keeps-later-edit",
  "undo-after-row-insert",
  "undo-after-rename",
  "undo-edited-generated-sheet",
  "undo-in-excel-table",
] as const;
export type UndoScenarioId = (typeof UNDO_SCENARIOS)[number];

/** The block: villages in A10:B12 (their names identify the rows), the plan's cuts written into C10:C12. */
const BLOCK_TOP = 10;
const BLOCK: readonly (readonly [string, number])[] = [
  ["Bản Cải", 40],
  ["Làng Mài", 55],
  ["Nà Hẩu", 32],
];

const plan = (sheet: string, writes: CellWrite[], create = false): WritePlan => ({
  action: "selftest",
  sheets: [{ sheet, writes, ...(create ? { create: true, marker: "selftestextra" } : {}) }],
});

function blockPlan(sheet: string): WritePlan {
  return plan(
    sheet,
    BLOCK.flatMap(([name, households], i) => [
      { row: BLOCK_TOP + i, col: 1, cell: { value: name } },
      { row: BLOCK_TOP + i, col: 2, cell: { value: households } },
    ])
  );
}

const cutsPlan = (sheet: string): WritePlan =>
  plan(
    sheet,
    BLOCK.map((_, i) => ({ row: BLOCK_TOP + i, col: 3, cell: { value: i + 1 } }))
  );

function restoredCount(r: UndoResult): number {
  return r.status === "done" || r.status === "partial" || r.status === "refused"
    ? r.restored.length
    : -1;
}

/** The scenarios as [id, body] pairs for `runSelfTest`'s runner (a body throws Mismatch when a check fails). */
export function undoScenarios(
  host: WorkbookHost,
  sheet: string,
  lang: Lang
): readonly (readonly [UndoScenarioId, () => Promise<void>])[] {
  const officer = (): OfficerActions => {
    if (!host.officer) throw new Error("host.officer");
    return host.officer;
  };
  /** The block written, the body run, then the block undone (the sheet as before). */
  const withBlock = async (name: string, body: (sheetNow: string) => Promise<void>) => {
    await host.apply(blockPlan(name));
    await body(name);
    await host.undo({ confirm: true });
  };
  return [
    [
      "undo-keeps-later-edit",
      () =>
        withBlock(sheet, async () => {
          await host.apply(cutsPlan(sheet));
          await officer().typeInto(sheet, "C11", 99);
          const r = await host.undo();
          expectThat(r.status === "partial" && restoredCount(r) === 2, "undo", lang);
          const kept = r.status === "partial" ? r.kept : [];
          expectThat(kept.length === 1 && kept[0]?.address === "C11", "C11", lang);
          const g = await host.readGrid(sheet);
          expectThat(at(g, "C11").value === 99 && at(g, "C10").value === null, "C10:C11", lang);
          await officer().typeInto(sheet, "C11", "");
        }),
    ],
    [
      "undo-after-row-insert",
      () =>
        withBlock(sheet, async () => {
          await host.apply(cutsPlan(sheet));
          await officer().insertRows(sheet, BLOCK_TOP + 1, 1);
          await officer().typeInto(sheet, `A${BLOCK_TOP + 1}`, "Thôn mới");
          await officer().typeInto(sheet, `C${BLOCK_TOP + 1}`, 7);
          const r = await host.undo();
          expectThat(r.status === "done" && restoredCount(r) === 3, "undo", lang);
          const g = await host.readGrid(sheet);
          // The cuts are gone from the villages' rows (moved down by one), the new row keeps its 7.
          expectThat(at(g, "C10").value === null && at(g, "C12").value === null, "C10, C12", lang);
          expectThat(at(g, "C13").value === null && at(g, "C11").value === 7, "C11, C13", lang);
          expectThat(at(g, "A12").value === "Làng Mài", "A12", lang);
          await officer().typeInto(sheet, "A11", "");
          await officer().typeInto(sheet, "C11", "");
        }),
    ],
    [
      "undo-after-rename",
      async () => {
        await host.apply(cutsPlan(sheet));
        const renamed = `${sheet}_x`;
        await officer().renameSheet(sheet, renamed);
        try {
          const r = await host.undo();
          expectThat(r.status === "done" && restoredCount(r) === 3, "undo", lang);
          const g = await host.readGrid(renamed);
          expectThat(at(g, "C10").value === null && at(g, "C12").value === null, "C10:C12", lang);
        } finally {
          await officer().renameSheet(renamed, sheet);
        }
      },
    ],
    [
      "undo-edited-generated-sheet",
      async () => {
        const extra = `${sheet}_2`;
        await host.apply(plan(extra, [{ row: 1, col: 1, cell: { value: "Tổng hợp" } }], true));
        await officer().typeInto(extra, "B2", "ghi chú của cán bộ");
        const first = await host.undo();
        expectThat(first.status === "confirm", "confirm", lang);
        expectThat((await host.listSheets()).includes(extra), extra, lang);
        const second = await host.undo({ confirm: true });
        expectThat(second.status === "done", "undo", lang);
        expectThat(!(await host.listSheets()).includes(extra), extra, lang);
      },
    ],
    [
      "undo-in-excel-table",
      async () => {
        // The sample table A3:C6 is an Excel Table: a formula there goes in as its value, undo puts the old one back.
        await host.apply(
          plan(sheet, [{ row: 5, col: 3, cell: { formula: "=ROUND(4/B5*100,2)", result: 4.08 } }])
        );
        const r = await host.undo();
        expectThat(r.status === "done" && restoredCount(r) === 1, "undo", lang);
        const g = await host.readGrid(sheet);
        expectThat(at(g, "C5").value === 3.06 && at(g, "C5").formula === null, "C5", lang);
        expectThat(at(g, "C4").value === 2.5 && at(g, "C6").value === 1.33, "C4, C6", lang);
      },
    ],
  ];
}
