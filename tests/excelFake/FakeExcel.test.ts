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

  it("refuses mergeUndoGroup below ExcelApi 1.20 (RunOptions reference: Api set ExcelApi 1.20)", async () => {
    const batch = async (ctx: XlContext) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").formulas = [[2]];
      await ctx.sync();
    };
    const old = FakeExcel.fromSpecs([{ name: "S" }], { excelApi: "1.19" });
    const err = await rejectionOf(old.run(batch, { mergeUndoGroup: true }));
    expect(err.code).toBe("ApiNotFound");
    const current = FakeExcel.fromSpecs([{ name: "S" }], { excelApi: "1.20" });
    await current.run(batch, { mergeUndoGroup: true });
    expect(current.runOptions).toEqual([{ mergeUndoGroup: true }]);
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

/** The behaviours of real Excel the fake models since issue 9 (EXCEL-NOTES.md "Limits and behaviours"). */
describe("FakeExcel behaves like Excel where the add-in meets it", () => {
  it("calculates the formulas written, with a real formula engine (fast-formula-parser)", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[126, 3]] }]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("C1:D1").formulas = [
        ["=ROUND(B1/A1*100,2)", "=1/0"],
      ];
      await ctx.sync();
    });
    const cells = fake.exportState()[0]!.cells;
    expect(cells["C1"]?.value).toBe(2.38);
    expect([cells["D1"]?.value, cells["D1"]?.error]).toEqual(["#DIV/0!", true]);
  });

  it("valueTypes tell an error from text that reads like one", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", cells: { A1: "#N/A", A2: { error: "#N/A" } } }]);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:A2");
      r.load("values, valueTypes");
      await ctx.sync();
      expect(r.values).toEqual([["#N/A"], ["#N/A"]]);
      expect(r.valueTypes).toEqual([["String"], ["Error"]]);
    });
  });

  it("a read over the cell limit returns values: null", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[1, 2, 3]] }], { maxReadCells: 2 });
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:C1");
      r.load("values");
      await ctx.sync();
      expect(r.values).toBeNull();
    });
  });

  it("getMergedAreasOrNullObject fails past 512 merged areas", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => `A${i + 1}:B${i + 1}`);
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [["x"]], merges }]);
    const e = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem("S")
          .getRange("A1:B600")
          .getMergedAreasOrNullObject()
          .load("address");
        await ctx.sync();
      })
    );
    expect(e.code).toBe("GeneralException");
  });

  it("a formula written into one cell of a table column fills the whole column (calculated column)", async () => {
    const fake = FakeExcel.fromSpecs([
      {
        name: "S",
        rows: [
          ["a", "b"],
          [1, 0],
          [2, 0],
          [3, 0],
        ],
        tables: [{ name: "T", address: "A1:B4" }],
      },
    ]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B3").formulas = [["=A3*10"]];
      await ctx.sync();
    });
    const cells = fake.exportState()[0]!.cells;
    expect([cells["B2"]?.formula, cells["B3"]?.formula, cells["B4"]?.formula]).toEqual([
      "=A2*10",
      "=A3*10",
      "=A4*10",
    ]);
    expect(cells["B4"]?.value).toBe(30);
  });

  it("a protected sheet refuses writes with AccessDenied", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[1]], protected: true }]);
    const e = await rejectionOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
        await ctx.sync();
      })
    );
    expect(e.code).toBe("AccessDenied");
    expect(fake.exportState()[0]!.cells["A1"]?.value).toBe(1);
  });

  it("in cell edit mode a batch fails with InvalidOperation, or waits with delayForCellEdit (1.11)", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[1]] }]);
    fake.enterCellEdit();
    const read = (options?: { delayForCellEdit: boolean }) =>
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
        r.load("values");
        await ctx.sync();
        return r.values;
      }, options);
    expect((await rejectionOf(read())).code).toBe("InvalidOperation");
    const waiting = read({ delayForCellEdit: true });
    fake.leaveCellEdit();
    expect(await waiting).toEqual([[1]]);
  });

  it("a hung sync never resolves", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[1]] }]);
    fake.hangNextSyncs(1);
    let settled = false;
    void fake.run((ctx) => ctx.sync()).then(() => (settled = true));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(settled).toBe(false);
  });

  it("defined names follow a renamed sheet and read #REF! once it is deleted", async () => {
    const fake = FakeExcel.fromSpecs([
      { name: "A", rows: [[1]] },
      { name: "Tổng hợp", rows: [[1]] },
    ]);
    await fake.run(async (ctx) => {
      ctx.workbook.names.add("_giamngheo.summary.1", "='Tổng hợp'!$A$1");
      await ctx.sync();
    });
    fake.renameSheet("Tổng hợp", "TH");
    const formula = () =>
      fake.run(async (ctx) => {
        const names = ctx.workbook.names;
        names.load("items/name, items/formula");
        await ctx.sync();
        return names.items.map((n) => n.formula);
      });
    expect(await formula()).toEqual(["=TH!$A$1"]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("TH").delete();
      await ctx.sync();
    });
    expect(await formula()).toEqual(["=#REF!$A$1"]);
  });

  it("a conditional format overlays a fill without changing the cell's own", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", cells: { A1: { value: 1, fill: "#C6EFCE" } } }]);
    await fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets
        .getItem("S")
        .getRange("A1")
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFEB9C";
      await ctx.sync();
    });
    expect(fake.displayedFill("S", "A1")).toBe("#FFEB9C");
    expect(fake.exportState()[0]!.cells["A1"]?.fill).toBe("#C6EFCE");
  });

  it("settings saved with saveAsync are in the document; the file has them once the workbook is saved", async () => {
    const fake = new FakeExcel();
    fake.settings.set("k", "v");
    await new Promise<void>((resolve) => fake.settings.saveAsync({}, () => resolve()));
    expect(fake.settings.saved.get("k")).toBe("v");
    expect(fake.settings.inFile.has("k")).toBe(false);
    fake.settings.saveWorkbook();
    expect(fake.settings.inFile.get("k")).toBe("v");
  });
});

describe("FakeExcel change events", () => {
  async function heard(excelApi: string): Promise<unknown[]> {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[1]] }], { excelApi });
    const sources: unknown[] = [];
    await fake.run(async (ctx: XlContext) => {
      ctx.workbook.worksheets.getItem("S").onChanged.add(async (args) => {
        sources.push(args.triggerSource);
      });
      await ctx.sync();
    });
    await fake.run(async (ctx: XlContext) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").formulas = [[2]];
      await ctx.sync();
    });
    fake.typeCell("S", "A2", 3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return sources;
  }

  it("carry triggerSource only from ExcelApi 1.14", async () => {
    expect(await heard("1.14")).toEqual(["ThisLocalAddin", "Unknown"]);
    expect(await heard("1.13")).toEqual([undefined, undefined]);
  });

  it("arrive after the write's sync resolved, never inside it; held, they arrive late and in order", async () => {
    const fake = FakeExcel.fromSpecs([{ name: "S", rows: [[1]] }], { excelApi: "1.8" });
    const addresses: string[] = [];
    await fake.run(async (ctx: XlContext) => {
      ctx.workbook.worksheets.getItem("S").onChanged.add(async (args) => {
        addresses.push(args.address);
      });
      await ctx.sync();
    });
    const write = (address: string) =>
      fake.run(async (ctx: XlContext) => {
        ctx.workbook.worksheets.getItem("S").getRange(address).formulas = [[2, 3]];
        await ctx.sync();
        expect(addresses).toEqual([]);
      });
    await write("A1:B1");
    expect(addresses).toEqual([]); // the batch has settled; Excel has not delivered the event yet
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(addresses).toEqual(["A1:B1"]);
    addresses.length = 0;
    const release = fake.holdEvents();
    await write("A2:B2");
    fake.typeCell("S", "C3", 4);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(addresses).toEqual([]);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(addresses).toEqual(["A2:B2", "C3"]);
  });
});
