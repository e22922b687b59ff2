/** The CLI on the reading layouts: fix keeps a literal percent sign literal; the narrative reads a near-poor sheet. */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { READING_LAYOUTS } from "../corpus/readingLayouts";
import { buildLayout } from "../corpus/layouts";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { cell, gridOf, run, tempDir } from "./harness";

const layoutNamed = (prefix: string) => {
  const layout = READING_LAYOUTS.find((l) => l.name.startsWith(prefix));
  if (!layout) throw new Error(`layout missing: ${prefix}`);
  return buildLayout(layout).spec;
};

test("fix on rates under a literal percent sign writes points and keeps the format literal (never 746%)", async () => {
  const dir = tempDir();
  const spec = layoutNamed("rates in points under a literal percent sign");
  const sheet = spec.sheets[0]!;
  sheet.values[1]![4] = 7.46; // E2: 3 / 126 is 2.38
  const input = path.join(dir, "in.xlsx");
  fs.writeFileSync(input, await toXlsxBuffer(spec));
  const checked = JSON.parse((await run("check", input, "--json")).stdout);
  expect(
    checked.tables[0].issues.map((i: { code: string; cell: string }) => `${i.code}@${i.cell}`)
  ).toEqual(["RATE_MISMATCH@E2"]);
  const output = path.join(dir, "out.xlsx");
  expect((await run("fix", input, "-o", output)).code).toBe(0);
  const fixed = await gridOf(output, sheet.name);
  expect(cell(fixed, "E2")).toMatchObject({ value: 2.38, format: "0.00\\%" });
  expect(cell(fixed, "E3").format).toBe("0.00\\%");
  const zip = await JSZip.loadAsync(fs.readFileSync(output));
  const styles = (await zip.file("xl/styles.xml")?.async("string")) ?? "";
  expect(styles).toContain('formatCode="0.00\\%"');
  expect((await run("check", output)).code).toBe(0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("narrative: a near-poor table on another sheet feeds the near-poor sentences; units named as the sheet does", async () => {
  const dir = tempDir();
  const input = path.join(dir, "two-sheets.xlsx");
  fs.writeFileSync(
    input,
    await toXlsxBuffer(layoutNamed("poor on one sheet, near-poor on another"))
  );
  const r = await run("narrative", input, "--year", "2025");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Số hộ cận nghèo toàn xã là 33 hộ, chiếm tỷ lệ 3,64%.");
  expect(r.stdout).toContain(
    "tỷ lệ hộ cận nghèo cuối năm 2025 từ 3,64% xuống còn 2,65%, tương đương 9 hộ"
  );
  expect(r.stdout).toContain("giao cho các thôn: Thôn 1: 1 hộ (giảm 0,79%)");
  expect(r.stdout).not.toMatch(/^a\) /m);
  fs.rmSync(dir, { recursive: true, force: true });
});
