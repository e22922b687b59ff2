/**
 * Files keep everything (DESIGN.md "Writing into a workbook without losing anything"): every writer of the CLI
 * (`fix`, `allocate`, `summary`, `unicode`) run on each workbook of the package-feature corpus writes a file in which
 * every part it did not change is still there byte for byte, its relationships resolve, every part has a content
 * type, the appendix sheet keeps its other elements, the workbook keeps its names and pivot caches — and the file
 * re-opens in our xlsx host and in LibreOffice.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import * as ExcelJS from "exceljs";
import { PACKAGES } from "../paths";
import { cell, gridOf, run, SHEET, tempDir } from "./harness";
import { convertManyWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { childElements, rootElement } from "../../src/xlsx/package/xml";
import { contentTypeOf, readRels, resolveTarget } from "../../src/xlsx/package/opc";

const FEATURES = [
  "chart-image",
  "comments",
  "data-validation",
  "conditional-formats",
  "defined-names",
  "page-setup",
  "pivot-table",
  "custom-xml",
  "rich-text",
  "shared-formulas",
  "dynamic-filter",
  "table-totals",
  "table-no-filter",
] as const;

/** `--sheet`: the pivot table's report looks like a second appendix. `unicode` converts every sheet. */
const WRITERS: Record<string, readonly string[]> = {
  fix: ["--sheet", SHEET],
  allocate: ["--sheet", SHEET, "--target", "10"],
  summary: ["--sheet", SHEET],
  unicode: [],
};

/** Parts a writer may rewrite: the package's bookkeeping and the appendix sheet whose cells it patches. */
const REWRITTEN = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/worksheets/sheet1.xml",
]);

/** Elements of the appendix sheet a writer may change (cells, widths of a column it adds, merges, views). */
const SHEET_REWRITTEN = new Set(["sheetData", "dimension", "cols", "mergeCells", "sheetViews"]);

const dir = tempDir();
const outputs = new Map<string, string>();
const key = (feature: string, writer: string) => `${writer}-${feature}`;

async function unzip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(fs.readFileSync(file));
}

async function text(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async("string")) ?? "";
}

function topLevel(xml: string): { local: string; text: string }[] {
  const root = rootElement(xml);
  return childElements(xml, root.innerStart, root.innerEnd).map((e) => ({
    local: e.local,
    text: xml.slice(e.start, e.end),
  }));
}

beforeAll(async () => {
  for (const feature of FEATURES) {
    const input = path.join(PACKAGES, `${feature}.xlsx`);
    for (const [writer, extra] of Object.entries(WRITERS)) {
      const output = path.join(dir, `${key(feature, writer)}.xlsx`);
      const r = await run(writer, input, ...extra, "-o", output);
      if (r.code === 2) throw new Error(`${writer} ${feature}: ${r.stderr}`);
      outputs.set(key(feature, writer), output);
    }
  }
}, 600_000);

const cases = FEATURES.flatMap((f) => Object.keys(WRITERS).map((w) => [f, w] as const));

describe.each(cases)("%s through %s", (feature, writer) => {
  const input = path.join(PACKAGES, `${feature}.xlsx`);
  const output = () => outputs.get(key(feature, writer)) as string;

  test("every part it did not rewrite is kept byte for byte", async () => {
    const before = await unzip(input);
    const after = await unzip(output());
    const parts = Object.keys(before.files).filter((p) => !before.files[p]?.dir);
    let compared = 0;
    for (const part of parts) {
      if (REWRITTEN.has(part)) continue;
      const a = await before.file(part)?.async("uint8array");
      const b = await after.file(part)?.async("uint8array");
      expect({ part, kept: b !== undefined }).toEqual({ part, kept: true });
      expect({
        part,
        same: Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array)),
      }).toEqual({
        part,
        same: true,
      });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  test("the appendix sheet keeps its other elements, the workbook its names and pivot caches", async () => {
    const before = await unzip(input);
    const after = await unzip(output());
    const sheetAfter = await text(after, "xl/worksheets/sheet1.xml");
    for (const el of topLevel(await text(before, "xl/worksheets/sheet1.xml"))) {
      if (SHEET_REWRITTEN.has(el.local)) continue;
      expect({ element: el.local, kept: sheetAfter.includes(el.text) }).toEqual({
        element: el.local,
        kept: true,
      });
    }
    const bookBefore = await text(before, "xl/workbook.xml");
    const bookAfter = await text(after, "xl/workbook.xml");
    for (const m of bookBefore.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g))
      expect(bookAfter).toContain(m[0]);
    for (const m of bookBefore.matchAll(/<pivotCaches>[\s\S]*?<\/pivotCaches>/g))
      expect(bookAfter).toContain(m[0]);
    for (const m of bookBefore.matchAll(/<sheet\b[^>]*\/>/g)) expect(bookAfter).toContain(m[0]);
  });

  test("relationships resolve and every part has a content type", async () => {
    const after = await unzip(output());
    const types = await text(after, "[Content_Types].xml");
    const parts = Object.keys(after.files).filter((p) => !after.files[p]?.dir);
    for (const part of parts) {
      if (part === "[Content_Types].xml") continue;
      expect({ part, type: contentTypeOf(types, part) !== undefined }).toEqual({
        part,
        type: true,
      });
      if (!part.endsWith(".rels")) continue;
      const source = part.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const rel of readRels(await text(after, part))) {
        if (rel.external) continue;
        const target = resolveTarget(source, rel.target);
        expect({ part, target, exists: after.file(target) !== null }).toEqual({
          part,
          target,
          exists: true,
        });
      }
    }
  });

  test("re-opens in the xlsx host with the writer's change in it", async () => {
    const host = await XlsxHost.fromBuffer(fs.readFileSync(output()));
    const sheets = await host.listSheets();
    expect(sheets).toContain(SHEET);
    const grid = await gridOf(output());
    if (feature.startsWith("table-")) return;
    if (writer === "fix") expect(cell(grid, "F9").value).toBe(2.38);
    if (writer === "summary") expect(sheets.length).toBeGreaterThanOrEqual(3);
    if (writer === "unicode")
      expect(cell(grid, "A16").value).toBe("Ghi chú: số liệu theo kết quả rà soát cuối năm");
    if (writer === "allocate") {
      const cuts = [8, 9, 10, 11, 12, 13].map((r) => cell(grid, `G${r}`).value as number);
      expect(cuts.reduce((a, b) => a + b, 0)).toBe(10);
    }
  });
});

test("ExcelJS alone cannot read the dynamic filter of a Table (exceljs#1240 family); the host can", async () => {
  const bytes = fs.readFileSync(path.join(PACKAGES, "dynamic-filter.xlsx"));
  await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();
  const host = await XlsxHost.fromBuffer(bytes);
  expect(await host.listSheets()).toEqual([SHEET, "Danh sách hộ"]);
});

test.each(["table-totals", "table-no-filter"])(
  "an appendix that is an Excel Table (%s) checks clean",
  async (feature) => {
    const r = await run("check", path.join(PACKAGES, `${feature}.xlsx`));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }
);

(hasLibreOffice() ? test : test.skip)(
  "LibreOffice opens every written file (one soffice run) and recalculates the fixed rate",
  async () => {
    const files = [...outputs.values()];
    expect(files).toHaveLength(FEATURES.length * Object.keys(WRITERS).length);
    const converted = await convertManyWithLibreOffice(files, "xlsx", path.join(dir, "lo"));
    const missing = files.filter((f) => converted.get(f) === null).map((f) => path.basename(f));
    expect(missing).toEqual([]);
    const fixed = converted.get(outputs.get(key("shared-formulas", "fix")) as string) as string;
    expect(cell(await gridOf(fixed), "F9").value).toBe(2.38);
  },
  900_000
);
