import type { XlContext } from "../../src/excel/excelApi";
import { FakeExcel } from "./FakeExcel";

const seed = (): FakeExcel =>
  FakeExcel.fromSpecs([
    {
      name: "Phụ lục",
      rows: [
        ["PHỤ LỤC", null, null],
        ["TT", "Thôn", "Số hộ"],
        [1, "Quang Trung", 126],
      ],
      origin: "B2",
      merges: ["B2:D2"],
    },
    { name: "Khác", rows: [[1]] },
  ]);

async function rejectionOf(p: Promise<unknown>): Promise<{ code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string };
  }
  throw new Error("expected a rejection");
}

describe("FakeExcel strictness", () => {
  it("reading a property before load+sync throws PropertyNotLoaded", async () => {
    const fake = seed();
    await fake.run(async (ctx: XlContext) => {
      const r = ctx.workbook.worksheets.getItem("Phụ lục").getRange("B3:D4");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      r.load("values");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(r.values).toEqual([
        ["TT", "Thôn", "Số hộ"],
        [1, "Quang Trung", 126],
      ]);
      expect(() => r.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("loaded values are a snapshot: later writes need a new load", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Khác").getRange("A1");
      r.load("values");
      await ctx.sync();
      r.values = [[2]];
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
    });
  });

  it("queued writes apply only at sync", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1:B1").values = [[5, "x"]];
      expect(fake.exportState()[1]?.cells["A1"]?.value).toBe(1);
      await ctx.sync();
      expect(fake.exportState()[1]?.cells["A1"]?.value).toBe(5);
      expect(fake.exportState()[1]?.cells["B1"]?.value).toBe("x");
    });
  });

  it("a 2-D array whose size differs from the range throws InvalidArgument at sync", async () => {
    const fake = seed();
    const err = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Khác").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      })
    );
    expect(err.code).toBe("InvalidArgument");
    const err2 = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Khác").getRange("A1:B1").numberFormat = [["0"], ["0"]];
        await ctx.sync();
      })
    );
    expect(err2.code).toBe("InvalidArgument");
  });

  it("null in a set array leaves the cell alone; '' clears it", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Phụ lục").getRange("B3:D3").values = [[null, "", null]];
      await ctx.sync();
    });
    const cells = fake.exportState()[0]?.cells ?? {};
    expect(cells["B3"]?.value).toBe("TT");
    expect(cells["C3"]).toBeUndefined();
    expect(cells["D3"]?.value).toBe("Số hộ");
  });

  it("strings are parsed like Excel unless apostrophe-prefixed or the cell is Text (@)", async () => {
    const fake = new FakeExcel({ calculate: (f) => (f === "=1+1" ? 2 : 0) });
    fake.addSheet({ name: "S", cells: { D1: { numberFormat: "@" } } });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:F1").formulas = [
        ["=1+1", '\'=HYPERLINK("x")', "98", "=A1", "TRUE", "-x"],
      ];
      await ctx.sync();
    });
    const c = fake.exportState()[0]?.cells ?? {};
    expect(c["A1"]).toMatchObject({ formula: "=1+1", value: 2 });
    expect(c["B1"]).toMatchObject({ formula: null, value: '=HYPERLINK("x")' });
    expect(c["C1"]).toMatchObject({ value: 98 });
    expect(c["D1"]).toMatchObject({ formula: null, value: "=A1" });
    expect(c["E1"]).toMatchObject({ value: true });
    expect(c["F1"]).toMatchObject({ formula: "=-x" });
  });

  it("getItemOrNullObject: isNullObject only after sync; getItem of a missing sheet fails the sync", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      const present = ctx.workbook.worksheets.getItemOrNullObject("khác");
      missing.load("name");
      present.load("name");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Khác");
    });
    const err = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Không có").load("name");
        await ctx.sync();
      })
    );
    expect(err.code).toBe("ItemNotFound");
  });

  it("getMergedAreasOrNullObject reports only merges whose top-left is inside the range", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Phụ lục");
      const whole = ws.getRange("A1:E5").getMergedAreasOrNullObject();
      const right = ws.getRange("C2:E5").getMergedAreasOrNullObject();
      whole.load("address");
      right.load("address");
      await ctx.sync();
      expect(whole.isNullObject).toBe(false);
      expect(whole.address).toBe("'Phụ lục'!B2:D2");
      expect(right.isNullObject).toBe(true);
    });
  });

  it("merge keeps only the top-left value, replaces merged areas it overlaps, and is reported afterwards", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [["a", "b", "c"]], merges: ["B1:C1"] }]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1:C1").merge(false);
      const areas = ws.getRange("A1:C1").getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      expect(areas.address).toBe("S!A1:C1");
    });
    const s = fake.exportState()[0];
    expect(s?.merges).toEqual(["A1:C1"]);
    expect(Object.keys(s?.cells ?? {})).toEqual(["A1"]);
  });

  it("used range: values only ignores formatting; a blank sheet gives a null object", async () => {
    const fake = FakeExcel.fromSpecs([
      { name: "S", cells: { B2: 1, C3: "x", E9: { numberFormat: "0.00" } } },
      { name: "Trống", cells: { A1: { fill: "#FF0000" } } },
    ]);
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      const vals = s.getUsedRangeOrNullObject(true);
      const all = s.getUsedRangeOrNullObject();
      const blank = ctx.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(true);
      vals.load("address");
      all.load("address");
      blank.load("address");
      await ctx.sync();
      expect(vals.address).toBe("S!B2:C3");
      expect(all.address).toBe("S!B2:E9");
      expect(blank.isNullObject).toBe(true);
    });
  });

  it("worksheets: add, duplicate name, activate, delete, select needs the active sheet", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("Tổng hợp");
      await ctx.sync();
    });
    expect(fake.sheetNames()).toEqual(["Phụ lục", "Khác", "Tổng hợp"]);
    const dup = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add("tổng hợp");
        await ctx.sync();
      })
    );
    expect(dup.code).toBe("ItemAlreadyExists");
    const notActive = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Khác").getRange("A1").select();
        await ctx.sync();
      })
    );
    expect(notActive.code).toBe("InvalidOperation");
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khác");
      ws.activate();
      ws.getRange("A1").select();
      ctx.workbook.worksheets.getItem("Tổng hợp").delete();
      await ctx.sync();
    });
    expect(fake.state.selection).toEqual({ sheet: "Khác", address: "'Khác'!A1" });
    expect(fake.sheetNames()).toEqual(["Phụ lục", "Khác"]);
    await fake.run(async (ctx) => {
      const items = ctx.workbook.worksheets;
      items.load("items/name");
      expect(() => items.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(items.items.map((s) => s.name)).toEqual(["Phụ lục", "Khác"]);
    });
  });

  it("counts syncs, flushes pending commands at the end of run, and records payload bytes", async () => {
    const fake = seed();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1").values = [[7]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Khác").getRange("A2").values = [[8]];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.exportState()[1]?.cells["A2"]?.value).toBe(8);
    expect(fake.syncs[0]?.bytes).toBeGreaterThan(10);
  });

  it("a sync over 5 MB throws RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = seed();
    const big = Array.from({ length: 60_000 }, (_, i) => [
      `dòng số ${i} — một đoạn văn bản khá dài để vượt giới hạn`,
      i,
    ]);
    const err = await rejectionOf(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Khác");
        ws.getRange("A1").values = [[99]];
        ws.getRange("A1:B60000").values = big;
        await ctx.sync();
      })
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.syncs[0]?.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.exportState()[1]?.cells["A1"]?.value).toBe(1);
  });

  it("a sync whose loaded data passes 5 MB throws ResponsePayloadSizeLimitExceeded and is marked failed", async () => {
    const text = "x".repeat(200);
    const fake = FakeExcel.fromSpecs([
      { name: "S", rows: Array.from({ length: 30_000 }, () => [text]) },
    ]);
    const err = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A30000").load("values, formulas");
        await ctx.sync();
      })
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.syncs[0]).toMatchObject({ failed: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.syncs[0]?.responseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("getCellProperties needs ExcelApi 1.9 and its value only exists after sync", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", cells: { A1: { value: 1, fill: "#ff0000" } } }]);
    await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets
        .getItem("S")
        .getRange("A1:B1")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(() => p.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(p.value).toEqual([
        [
          { format: { fill: { color: "#FF0000", pattern: "Solid" } } },
          { format: { fill: { color: "#FFFFFF", pattern: "None" } } },
        ],
      ]);
    });
    const old = FakeExcel.fromSpecs([{ name: "S" }], { excelApi: "1.7" });
    await old.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => r.getCellProperties({ format: { fill: { color: true } } })).toThrow(
        expect.objectContaining({ code: "ApiNotFound" })
      );
      expect(() => r.getMergedAreasOrNullObject()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" })
      );
    });
    expect(old.requirements("ExcelApi", "1.7")).toBe(true);
    expect(old.requirements("ExcelApi", "1.9")).toBe(false);
  });

  it("an injected failure (e.g. cell-edit mode) rejects the next sync and applies nothing", async () => {
    const fake = seed();
    fake.failNextSync("InvalidOperationInCellEditMode");
    const err = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Khác").getRange("A1").values = [[3]];
        await ctx.sync();
      })
    );
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    expect(fake.exportState()[1]?.cells["A1"]?.value).toBe(1);
  });

  it("settings: set stays local until saveAsync succeeds", async () => {
    const fake = seed();
    fake.settings.set("k", "v");
    expect(fake.settings.saved.has("k")).toBe(false);
    await new Promise<void>((resolve) => fake.settings.saveAsync({}, () => resolve()));
    expect(fake.settings.saved.get("k")).toBe("v");
  });
});
