/**
 * The formulas `fix --formulas` writes are computed by LibreOffice (a second, independent spreadsheet engine)
 * to the same rates our engine stored as cached results — and to the rates defined in DESIGN.md.
 */
import * as fs from "fs";
import * as path from "path";
import { CLEAN, ERRORS, gridOf, run, tempDir } from "../cli/harness";
import { hasLibreOffice, recalculateWithLibreOffice } from "../helpers/libreoffice";
import type { Grid } from "../../src/core";
import { XlsxHost } from "../../src/xlsx/XlsxHost";

const available = hasLibreOffice();
const ROWS = [8, 9, 10, 11, 12, 13, 14];
const RATE_COLUMNS = { F: 5, H: 7, I: 8 }; // 0-based column index in the grid (A = 0)

const at = (g: Grid, row: number, col: number) => ({
  value: g.values[row - g.top]?.[col + 1 - g.left],
  formula: g.formulas[row - g.top]?.[col + 1 - g.left],
});

const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

(available ? describe : describe.skip)(
  "LibreOffice recalculates fix --formulas to the engine's rates",
  () => {
    test("the profile really recalculates (a wrong cached result is replaced)", async () => {
      const dir = tempDir();
      const host = XlsxHost.create(["S"]);
      await host.apply({
        action: "t",
        sheets: [
          {
            sheet: "S",
            writes: [{ row: 1, col: 1, cell: { formula: "=ROUND(3/126*100,2)", result: 99 } }],
          },
        ],
      });
      const file = path.join(dir, "stale.xlsx");
      fs.writeFileSync(file, await host.toBuffer());
      expect(at(await gridOf(file, "S"), 1, 0).value).toBe(99);
      const recalculated = await gridOf(
        await recalculateWithLibreOffice(file, path.join(dir, "lo")),
        "S"
      );
      expect(at(recalculated, 1, 0).value).toBe(2.38);
    }, 300_000);

    test.each([
      ["clean", CLEAN],
      ["errors", ERRORS],
    ])(
      "%s fixture",
      async (_, input) => {
        const dir = tempDir();
        const fixed = path.join(dir, "fixed.xlsx");
        const r = await run("fix", input, "-o", fixed, "--formulas");
        expect(r.stderr).toBe("");
        expect(fs.existsSync(fixed)).toBe(true);
        const ours = await gridOf(fixed);
        const recalculated = await gridOf(
          await recalculateWithLibreOffice(fixed, path.join(dir, "lo"))
        );
        let formulas = 0;
        for (const row of ROWS) {
          for (const col of Object.values(RATE_COLUMNS)) {
            const mine = at(ours, row, col);
            if (!mine.formula) continue;
            formulas++;
            const lo = at(recalculated, row, col);
            expect({ row, col, value: lo.value }).toEqual({ row, col, value: mine.value });
          }
        }
        expect(formulas).toBeGreaterThanOrEqual(15);
        // And both agree with the definitions: poor / households × 100, rounded to 2 decimals (Làng Gió: 2.38).
        const f9 = at(recalculated, 9, RATE_COLUMNS.F).value as number;
        expect(f9).toBe(round2((3 / 126) * 100));
        const totalRate = at(recalculated, 14, RATE_COLUMNS.F).value;
        if (input === CLEAN) expect(totalRate).toBe(4.39);
      },
      300_000
    );

    test("allocate --formulas: LibreOffice computes the cut rates and projected rates the engine stored", async () => {
      const dir = tempDir();
      const out = path.join(dir, "allocated.xlsx");
      const r = await run(
        "allocate",
        CLEAN,
        "--target",
        "10",
        "-o",
        out,
        "--formulas",
        "--method",
        "highest-rate"
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const ours = await gridOf(out);
      const recalculated = await gridOf(
        await recalculateWithLibreOffice(out, path.join(dir, "lo"))
      );
      let formulas = 0;
      for (const row of ROWS) {
        for (const col of [RATE_COLUMNS.H, RATE_COLUMNS.I]) {
          const mine = at(ours, row, col);
          if (!mine.formula) continue;
          formulas++;
          expect({ row, col, value: at(recalculated, row, col).value }).toEqual({
            row,
            col,
            value: mine.value,
          });
        }
      }
      expect(formulas).toBeGreaterThanOrEqual(12);
      const cutTotal = at(recalculated, 14, 6).value;
      expect(cutTotal).toBe(10);
    }, 300_000);
  }
);
