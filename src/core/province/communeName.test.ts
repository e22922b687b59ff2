import type { Grid } from "../model";
import {
  communeKey,
  compareCommuneNames,
  findCommuneName,
  nameFromFile,
  placeInText,
} from "./communeName";

const gridOf = (sheet: string, rows: (string | number | null)[][]): Grid => ({
  sheet,
  top: 1,
  left: 1,
  values: rows,
  formulas: rows.map((r) => r.map(() => null)),
  numberFormats: rows.map((r) => r.map(() => "General")),
  merges: [],
});

describe("placeInText: the commune from a title line", () => {
  test.each([
    ["UBND xã Bình Lương", "xã Bình Lương"],
    ["UBND XÃ BÌNH LƯƠNG", "xã Bình Lương"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", "phường Hòa Bình"],
    ["UỶ BAN NHÂN DÂN XÃ ĐỒNG TÂM", "xã Đồng Tâm"],
    ["Uy ban nhan dan xa Dong Tam", "xã Dong Tam"],
    ["(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2025 của UBND xã Phổ Minh)", "xã Phổ Minh"],
    [
      "(Kèm theo Kế hoạch số:    /KH-UBND ngày    /   /2024 của UBND xã Bình Lương)",
      "xã Bình Lương",
    ],
    ["UBND XÃ ÂN PHÚ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "xã Ân Phú"],
    ["UBND HUYỆN ĐỨC PHỔ\nUBND XÃ PHỔ MINH", "xã Phổ Minh"],
    ["UBND thị trấn Nông Cống", "thị trấn Nông Cống"],
    ["UBND phường 7", "phường 7"],
    ["ỦY BAN NHÂN DÂN\nXÃ PHỔ MINH", "xã Phổ Minh"],
    ["UBND XÃ YÊN HÒA\nSố: 12/KH-UBND", "xã Yên Hòa"],
    ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 2/3/2025 của xã Đồng Tâm)", "xã Đồng Tâm"],
    // decomposed diacritics (a file typed on a Mac) read the same
    ["UBND xã Bình Lương".normalize("NFD"), "xã Bình Lương"],
  ])("%s → %s", (text, name) => {
    expect(placeInText(text)).toBe(name);
  });

  test.each([
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số:    /KH-UBND",
    "UBND TỈNH QUẢNG NGÃI",
    "Kế hoạch giảm nghèo xã Bình Lương năm 2025",
  ])("no commune in %s", (text) => {
    expect(placeInText(text)).toBeNull();
  });
});

describe("findCommuneName", () => {
  test("the appendix sheet's title lines first, then the other sheets", () => {
    const cover = gridOf("Bìa", [["UBND XÃ TÂN LẬP"]]);
    const appendix = gridOf("Phụ lục", [
      ["PHỤ LỤC"],
      ["(Kèm theo Kế hoạch của UBND xã Yên Hòa)"],
      ["TT"],
    ]);
    expect(findCommuneName([cover, appendix], "a.xlsx", { sheet: "Phụ lục", lastRow: 2 })).toEqual({
      name: "xã Yên Hòa",
      source: "title",
    });
    const bare = gridOf("Phụ lục", [["PHỤ LỤC"], ["TT"]]);
    expect(findCommuneName([bare, cover], "a.xlsx", { sheet: "Phụ lục", lastRow: 1 }).name).toBe(
      "xã Tân Lập"
    );
  });

  test("the committee in one cell, the place in the cell below it", () => {
    const g = gridOf("Phụ lục", [
      ["ỦY BAN NHÂN DÂN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["XÃ ÂN PHÚ", null, "Độc lập - Tự do - Hạnh phúc"],
    ]);
    expect(findCommuneName([g], "a.xlsx").name).toBe("xã Ân Phú");
  });

  test("a title naming the commune without its committee, when no committee line names one", () => {
    const g = gridOf("Phụ lục", [
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["GIAO CHỈ TIÊU GIẢM NGHÈO CÁC THÔN XÃ ÂN PHÚ NĂM 2025"],
    ]);
    expect(findCommuneName([g], "a.xlsx")).toEqual({ name: "xã Ân Phú", source: "title" });
    const generic = gridOf("Phụ lục", [
      ["Chỉ tiêu giảm nghèo cấp xã năm 2025"],
      ["các xã Miền núi"],
    ]);
    expect(findCommuneName([generic], "b.xlsx").source).toBe("file");
  });

  test("the file name when no title line names the commune", () => {
    expect(findCommuneName([gridOf("S", [["PHỤ LỤC"]])], "/d/ke-hoach-xa-binh-luong.xlsx")).toEqual(
      {
        name: "xa binh luong",
        source: "file",
      }
    );
    expect(nameFromFile("C:\\tinh\\Phổ Minh 2025.xlsx")).toBe("Phổ Minh 2025");
  });
});

describe("communeKey: names compared without case, diacritics or the xã/phường word", () => {
  test.each([
    ["xã Bình Lương", "BINH LUONG"],
    ["Xã Bình Lương", "xa binh luong"],
    ["phường Hòa Bình", "Hoà Bình"],
    ["UBND xã Phổ Minh", "Phổ  Minh"],
    ["thị trấn Nông Cống", "Nong Cong"],
  ])("%s = %s", (a, b) => {
    expect(communeKey(a)).toBe(communeKey(b));
  });

  test("different communes differ", () => {
    expect(communeKey("xã Bình Lương")).not.toBe(communeKey("xã Bình Lư"));
    expect(communeKey("phường Tân Lập")).not.toBe(communeKey("xã Tân Lập 2"));
  });
});

test("Vietnamese alphabetical order, the xã/phường word ignored", () => {
  const names = [
    "xã Đồng Tâm",
    "phường Yên Hòa",
    "xã Ân Phú",
    "xã An Bình",
    "xã Bình Lương",
    "xã Ea Kao",
  ];
  expect([...names].sort(compareCommuneNames)).toEqual([
    "xã An Bình",
    "xã Ân Phú",
    "xã Bình Lương",
    "xã Đồng Tâm",
    "xã Ea Kao",
    "phường Yên Hòa",
  ]);
});
