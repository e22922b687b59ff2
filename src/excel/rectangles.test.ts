import { toRectangles } from "./rectangles";

describe("toRectangles", () => {
  it("groups consecutive rows into one rectangle spanning their columns; gaps start a new one", () => {
    const rects = toRectangles([
      { row: 8, col: 6, cell: { value: 1 } },
      { row: 9, col: 9, cell: { value: 2 } },
      { row: 9, col: 6, cell: { value: 3 } },
      { row: 20, col: 1, numberFormat: "0" },
    ]);
    expect(rects.map((r) => r.ref)).toEqual([
      { top: 8, left: 6, bottom: 9, right: 9 },
      { top: 20, left: 1, bottom: 20, right: 1 },
    ]);
    expect(rects[0]?.cells[0]?.map((w) => w?.cell)).toEqual([
      { value: 1 },
      undefined,
      undefined,
      undefined,
    ]);
    expect(rects[0]?.cells[1]?.map((w) => w?.cell)).toEqual([
      { value: 3 },
      undefined,
      undefined,
      { value: 2 },
    ]);
  });

  it("a later write to the same cell wins", () => {
    const rects = toRectangles([
      { row: 1, col: 1, cell: { value: 1 } },
      { row: 1, col: 1, cell: { value: 2 } },
    ]);
    expect(rects).toHaveLength(1);
    expect(rects[0]?.cells[0]?.[0]?.cell).toEqual({ value: 2 });
  });

  it("a later style-only write to the same cell keeps the contents written before it", () => {
    const rects = toRectangles([
      { row: 10, col: 11, cell: { value: '=HYPERLINK("http://evil","x")' } },
      { row: 10, col: 11, style: { bold: true }, numberFormat: "@" },
    ]);
    expect(rects[0]?.cells[0]?.[0]).toEqual({
      row: 10,
      col: 11,
      cell: { value: '=HYPERLINK("http://evil","x")' },
      style: { bold: true },
      numberFormat: "@",
    });
  });

  it("no writes, no rectangles", () => {
    expect(toRectangles([])).toEqual([]);
  });
});
