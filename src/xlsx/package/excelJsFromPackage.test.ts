import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { PACKAGES } from "../../../tests/paths";
import { openWorkbook } from "../openWorkbook";
import { excelJsFromPackage } from "./excelJsFromPackage";
import { readableCopy } from "./readableCopy";
import { ZipPackage } from "./zipPackage";

const corpus = (): [string, Uint8Array][] =>
  fs
    .readdirSync(PACKAGES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => [f, new Uint8Array(fs.readFileSync(path.join(PACKAGES, f)))]);

/** The model ExcelJS builds, as plain data (media buffers included). */
const modelOf = (wb: ExcelJS.Workbook): unknown => JSON.parse(JSON.stringify(wb.model));

describe("ExcelJS reads the package already open", () => {
  it("opening a workbook unzips it once and inflates each part at most once", async () => {
    const [, bytes] = corpus().find(([f]) => f === "chart-image.xlsx") ?? [];
    if (!bytes) throw new Error("corpus file missing");
    const entry = Object.values((await JSZip.loadAsync(bytes)).files)[0];
    const proto = Object.getPrototypeOf(entry) as { async: (type: string) => Promise<unknown> };
    const inflated = new Map<string, number>();
    const original = proto.async;
    const loads = jest.spyOn(JSZip, "loadAsync");
    let zipsOpened = 0;
    proto.async = function (this: { name: string }, type: string) {
      inflated.set(this.name, (inflated.get(this.name) ?? 0) + 1);
      return original.call(this, type);
    };
    try {
      const { workbook } = await openWorkbook(bytes, "chart-image.xlsx");
      expect(workbook.worksheets.length).toBeGreaterThan(0);
    } finally {
      zipsOpened = loads.mock.calls.length;
      proto.async = original;
      loads.mockRestore();
    }
    expect(zipsOpened).toBe(1);
    expect(inflated.get("xl/styles.xml")).toBe(1);
    expect([...inflated].filter(([, n]) => n > 1)).toEqual([]);
  });

  it.each(corpus())(
    "%s: the same model as ExcelJS's own reading of the bytes",
    async (_f, bytes) => {
      const pkg = await ZipPackage.open(bytes);
      const readable = await readableCopy(pkg, bytes);
      const plain = new ExcelJS.Workbook();
      await plain.xlsx.load(readable as unknown as ArrayBuffer);
      const fromPackage = await excelJsFromPackage(pkg, readable);
      expect(modelOf(fromPackage)).toEqual(modelOf(plain));
    }
  );

  it("bytes it was not handed are read by JSZip as before (the patch answers these bytes only, once)", async () => {
    const [a, b] = corpus().map(([, bytes]) => bytes);
    if (!a || !b) throw new Error("corpus file missing");
    const pkg = await ZipPackage.open(a);
    const loads = jest.spyOn(JSZip, "loadAsync");
    try {
      const wb = await excelJsFromPackage(pkg, a);
      expect(loads.mock.calls).toHaveLength(0);
      const other = new ExcelJS.Workbook();
      await other.xlsx.load(b as unknown as ArrayBuffer);
      expect(loads.mock.calls).toHaveLength(1);
      expect(wb.worksheets.length).toBeGreaterThan(0);
    } finally {
      loads.mockRestore();
    }
  });
});
