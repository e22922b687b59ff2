/**
 * The formulas of "Tổng hợp tỉnh" (each commune's rates, the SUM totals row and the rates of the sums), recalculated
 * by LibreOffice, give exactly the figures `aggregate --json` prints.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import type { ConsolidationJson, Grid } from "../../src/core";
import { gridOf, run, tempDir } from "../cli/harness";
import { hasLibreOffice, recalculateWithLibreOffice } from "../helpers/libreoffice";
import { writeCommuneSet } from "../province/communeSet";

const available = hasLibreOffice();

/** Column letter of each header on row 4. */
function columnsOf(g: Grid): Map<string, number> {
  const row = g.values[4 - g.top] ?? [];
  return new Map(row.map((v, j) => [String(v), g.left + j]));
}

const at = (g: Grid, row: number, col: number): unknown => g.values[row - g.top]?.[col - g.left];

(available ? describe : describe.skip)(
  "LibreOffice recalculates the province sheet to --json",
  () => {
    test("every commune row and the totals row", async () => {
      const dir = tempDir();
      await writeCommuneSet(dir, 12, 99);
      const outDir = tempDir();
      const out = path.join(outDir, "tinh.xlsx");
      const r = await run("aggregate", dir, "-o", out, "--json");
      const json = JSON.parse(r.stdout) as ConsolidationJson;
      expect(json.aggregated).toBeGreaterThan(5);
      // every cached result is zeroed first: only LibreOffice's own computation can give the figures back
      const stale = path.join(outDir, "stale.xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      let formulas = 0;
      wb.getWorksheet("Tổng hợp tỉnh")?.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string } | null;
          if (v && typeof v === "object" && typeof v.formula === "string") {
            cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
            formulas++;
          }
        })
      );
      expect(formulas).toBeGreaterThan(json.aggregated * 3);
      await wb.xlsx.writeFile(stale);
      const recalculated = await recalculateWithLibreOffice(stale, path.join(outDir, "lo"));
      const g = await gridOf(recalculated, "Tổng hợp tỉnh");
      const col = columnsOf(g);
      const fields: [string, keyof ConsolidationJson["totals"]][] = [
        ["Tổng dân số", "population"],
        ["Tổng số hộ", "households"],
        ["Số hộ nghèo", "poor"],
        ["Tỷ lệ hộ nghèo (%)", "poorRate"],
        ["Số hộ giảm nghèo", "poorCut"],
        ["Tỷ lệ giảm nghèo (%)", "poorCutRate"],
        ["Dự kiến tỷ lệ hộ nghèo cuối năm (%)", "projectedPoorRate"],
      ];
      const communes = json.communes.filter((c) => c.status === "ok" || c.status === "errors");
      const nameCol = col.get("Xã, phường") as number;
      for (let i = 0; i < communes.length; i++) {
        const row = 5 + i;
        const c = communes.find((x) => x.name === at(g, row, nameCol));
        expect(c).toBeDefined();
        for (const [header, field] of fields) {
          expect([row, field, at(g, row, col.get(header) as number)]).toEqual([
            row,
            field,
            c?.[field],
          ]);
        }
      }
      const totalsRow = 5 + communes.length;
      expect(at(g, totalsRow, nameCol)).toBe("Toàn tỉnh");
      for (const [header, field] of fields) {
        expect([field, at(g, totalsRow, col.get(header) as number)]).toEqual([
          field,
          json.totals[field],
        ]);
      }
    }, 300_000);
  }
);
