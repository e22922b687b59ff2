import type * as ExcelJS from "exceljs";
import { XlsxHost } from "./XlsxHost";

const fillOf = (host: XlsxHost, sheet: string, address: string) =>
  (host.excelWorkbook.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address).fill;

describe("file host highlights", () => {
  test("never reach the written file, and stay on screen after it is written", async () => {
    const host = XlsxHost.create(["S"]);
    await host.officer!.typeInto("S", "A1", "2,83");
    await host.officer!.typeInto("S", "B1", "x");
    const own = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } } as const;
    (host.excelWorkbook.getWorksheet("S") as ExcelJS.Worksheet).getCell("B1").fill = own;
    await host.highlight("S", ["A1", "B1"]);

    const written = await XlsxHost.fromBuffer(await host.toBuffer());
    expect(fillOf(written, "S", "A1")).toBeUndefined();
    expect(fillOf(written, "S", "B1")).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });

    // The officer still sees them in the preview, and clearing them still gives the cells' own fills back.
    expect(fillOf(host, "S", "A1")).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    await host.clearHighlight();
    expect(fillOf(host, "S", "A1")).toBeUndefined();
    expect(fillOf(host, "S", "B1")).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
  });
});
