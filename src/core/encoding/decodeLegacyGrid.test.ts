import type { Grid } from "../model/grid";
import { decodeLegacyGrid } from "./decodeLegacyGrid";
import { isVietnameseWord } from "./isVietnameseWord";
import { encodeTcvn3, encodeVni } from "./legacyCodec";
import { legacyFont } from "./legacyFont";

/** A one-column grid from A1 down, with optional fonts. */
function column(
  texts: readonly (string | number | null)[],
  fonts?: readonly (string | null)[]
): Grid {
  return {
    sheet: "S",
    top: 1,
    left: 1,
    values: texts.map((t) => [t]),
    formulas: texts.map(() => [null]),
    numberFormats: texts.map(() => ["General"]),
    merges: [],
    ...(fonts ? { fontNames: fonts.map((f) => [f]) } : {}),
  };
}

const HEADERS = [
  "Tổng số hộ trên địa bàn",
  "Số hộ nghèo",
  "Tỷ lệ (%)",
  "Số hộ giảm nghèo",
  "Dự kiến tỷ lệ hộ nghèo cuối năm 2024 (%)",
  "Làng Gió",
  "Thắng Lộc",
  "Hợp Thành",
  "Tổng:",
];
const tcvn3 = (t: string): string => encodeTcvn3(t) as string;
const vni = (t: string): string => encodeVni(t) as string;

describe("legacyFont", () => {
  it.each([
    [".VnTime", "tcvn3", false],
    [".VnTimeH", "tcvn3", true],
    [".VnArial NarrowH", "tcvn3", true],
    [".VnArial", "tcvn3", false],
    ["VNI-Times", "vni", false],
    ["VNI-Helve-Condense", "vni", false],
  ])("%s is %s (uppercase %s)", (name, encoding, uppercase) => {
    expect(legacyFont(name)).toEqual({ encoding, uppercase });
  });
  it.each(["Times New Roman", "Arial", "Calibri", "VnTime", null])("%s implies nothing", (name) => {
    expect(legacyFont(name)).toBeNull();
  });
});

describe("isVietnameseWord", () => {
  it.each([
    "Tổng",
    "số",
    "hộ",
    "nghèo",
    "HỘ",
    "Thắng",
    "Lộc",
    "khuyến",
    "giữa",
    "người",
    "quốc",
    "xã",
    "ở",
    "thuở",
  ])("%s is a Vietnamese word", (w) => expect(isVietnameseWord(w)).toBe(true));
  it.each(["Tæng", "hỘ", "Müller", "café", "UBND", "càp", "ăăn", "tổngg", "nh©n", "Toång", "hoä"])(
    "%s is not",
    (w) => expect(isVietnameseWord(w)).toBe(false)
  );
});

describe("decodeLegacyGrid", () => {
  it("reads a TCVN3 sheet without fonts by its statistics", () => {
    const r = decodeLegacyGrid(column(HEADERS.map(tcvn3)));
    expect(r.encoding).toBe("tcvn3");
    expect(r.grid.values.map((row) => row[0])).toEqual(HEADERS);
    expect(r.cells[0]).toEqual({
      row: 1,
      col: 1,
      encoding: "tcvn3",
      original: "Tæng sè hé trªn ®Þa bµn",
    });
    expect(r.grid.legacyCells).toBe(r.cells);
  });

  it("reads a VNI sheet without fonts by its statistics", () => {
    const r = decodeLegacyGrid(column(HEADERS.map(vni)));
    expect(r.encoding).toBe("vni");
    expect(r.grid.values.map((row) => row[0])).toEqual(HEADERS);
  });

  it("reads a lone long cell by its statistics, but not a lone short one", () => {
    const line = "Tổng số hộ nghèo của xã Bình Lương năm 2024";
    expect(decodeLegacyGrid(column([tcvn3(line)])).grid.values[0]?.[0]).toBe(line);
    expect(decodeLegacyGrid(column([vni(line)])).grid.values[0]?.[0]).toBe(line);
    expect(decodeLegacyGrid(column([tcvn3("Số hộ")])).cells).toEqual([]);
  });

  it("reads capitals typed for an uppercase .Vn…H font in capitals when the font is not known", () => {
    const texts = [
      ...HEADERS.map(tcvn3),
      "PHô LôC",
      "GIAO CHØ TIªU GI¶M NGHÌO C¸C TH«N N¡M 2024",
      "Hé",
    ];
    const r = decodeLegacyGrid(column(texts));
    expect(r.grid.values.slice(-3).map((row) => row[0])).toEqual([
      "PHỤ LỤC",
      "GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN NĂM 2024",
      "Hộ",
    ]);
    // a known normal .Vn font shows them as typed
    expect(decodeLegacyGrid(column(["PHô LôC"], [".VnTime"])).grid.values[0]?.[0]).toBe("PHụ LụC");
  });

  it("reads a single cell by its font, uppercase fonts in capitals", () => {
    const r = decodeLegacyGrid(
      column(["Tæng sè hé", "phô lôc", "Toång", "Tổng"], [".VnTime", ".VnTimeH", "VNI-Times", null])
    );
    expect(r.grid.values.map((row) => row[0])).toEqual(["Tổng số hộ", "PHỤ LỤC", "Tổng", "Tổng"]);
    expect(r.cells.map((c) => c.encoding)).toEqual(["tcvn3", "tcvn3", "vni"]);
  });

  it("leaves a Unicode sheet alone, whatever its Latin-1 letters", () => {
    const texts = [
      ...HEADERS,
      "Tên thôn",
      "Hà Tĩnh",
      "Hoà Bình",
      "Café Müller",
      "© 2024 UBND xã",
      "José María",
      "Tên",
      "Thôn",
      "Bà Rịa",
      "Đông Hà",
      "São Paulo",
      "Ông Bà",
    ];
    const grid = column(texts);
    const r = decodeLegacyGrid(grid);
    expect(r.encoding).toBeNull();
    expect(r.cells).toEqual([]);
    expect(r.grid).toBe(grid);
  });

  it("leaves English, numbers and a Unicode sheet with Latin-1-only words alone", () => {
    const texts = [
      "Total households",
      "Poor households",
      12,
      4.39,
      "Tên thôn",
      "Cà Mau",
      "Lê Lợi",
      "Hồ Chí Minh",
    ];
    expect(decodeLegacyGrid(column(texts)).cells).toEqual([]);
  });

  it("never decodes text with a character beyond Windows-1252, even in a .Vn font", () => {
    const r = decodeLegacyGrid(column(["Tổng số hộ"], [".VnTime"]));
    expect(r.cells).toEqual([]);
  });

  it("decodes the legacy cells of a mixed sheet and keeps its Unicode ones", () => {
    const texts = [...HEADERS.map(tcvn3), "Nguyễn Văn An", "Tên thôn mới"];
    const r = decodeLegacyGrid(column(texts));
    expect(r.grid.values.slice(-2).map((row) => row[0])).toEqual(["Nguyễn Văn An", "Tên thôn mới"]);
    expect(r.cells).toHaveLength(HEADERS.length - 0 - countAscii(HEADERS));
  });
});

function countAscii(texts: readonly string[]): number {
  return texts.filter((t) => tcvn3(t) === t).length;
}
