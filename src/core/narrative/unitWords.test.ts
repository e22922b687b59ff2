import { buildGrid } from "../../../tests/core/helpers/buildGrid";
import { detectTables } from "../detect/detectTables";
import { readTable } from "../read/readTable";
import { readFigures } from "../summary/readFigures";
import { buildNarrative } from "./buildNarrative";
import { findPlaceKind } from "./findPlaceKind";
import { buildWardTargetSentences } from "./wardTargetSentences";

const HEAD = [
  "TT",
  "Thôn",
  "Tổng số hộ",
  "Số hộ nghèo",
  "Tỷ lệ (%)",
  "Số hộ giảm",
  "Tỷ lệ giảm (%)",
];

/** The narrative of a table whose unit header and unit names are given. */
function narrativeOf(header: string, names: readonly string[]): string {
  const rows = [
    [...HEAD.slice(0, 1), header, ...HEAD.slice(2)],
    ...names.map((name, i) => [i + 1, name, 285, 4, 1.4, i === 0 ? 1 : 0, i === 0 ? 0.35 : 0]),
  ];
  const grid = buildGrid(rows);
  const r = detectTables(grid);
  if (!r.ok) throw new Error(r.reason);
  const data = readTable(grid, r.tables[0]!);
  const f = readFigures(data);
  if (!f.ok) throw new Error("unreadable");
  return buildNarrative(f.value, { year: 2025, place: findPlaceKind(grid, data.layout) }).join(
    "\n"
  );
}

describe("the plan text names units as the sheet does", () => {
  it.each([
    ["Thôn", ["Thôn 1", "Thôn 2"], "thôn"],
    ["Tên đơn vị", ["Bản Phiêng", "Bản Lả"], "bản"],
    ["Đơn vị", ["Ấp Bình Thạnh", "Ấp Tân Hòa"], "ấp"],
    ["Đơn vị", ["Tiểu khu 1", "Tiểu khu 2"], "tiểu khu"],
    ["Đơn vị", ["Khu phố 1", "Khu phố 2"], "khu phố"],
    ["Xóm", ["Xóm 1", "Xóm Đồng"], "xóm"],
  ])("all units one kind (%s: %j) → the sheet's own word", (header, names, word) => {
    const text = narrativeOf(header, names);
    expect(text).toContain(`giao cho các ${word}: `);
    expect(text).toContain(`Các ${word} còn lại`);
  });

  it("mixed kinds list the kinds present, in their order", () => {
    const text = narrativeOf("Thôn, tổ dân phố", ["Thôn 1", "Tổ dân phố 2", "Khu phố 3"]);
    expect(text).toContain("giao cho các thôn, tổ dân phố, khu phố: ");
  });

  it("names without a kind word take the header's word (Làng Gió is a thôn named Làng Gió)", () => {
    const text = narrativeOf("Thôn", ["Quang Trung", "Làng Gió"]);
    expect(text).toContain("giao cho các thôn: ");
  });

  it("a unit and its cut are written 'Thôn 1: 1 hộ (giảm 0,35%)'", () => {
    expect(narrativeOf("Thôn", ["Thôn 1", "Thôn 2"])).toContain("Thôn 1: 1 hộ (giảm 0,35%)");
  });
});

describe("the ward form a)–b)", () => {
  const poor = { households: 16, rate: 1.11, given: "rate" } as const;
  const near = { households: 5, rate: 0.3, given: "rate" } as const;
  it("letters only with both parts", () => {
    const both = buildWardTargetSentences(poor, near, "vi");
    expect(both.map((s) => s.slice(0, 3))).toEqual(["a) ", "b) "]);
  });
  it("one part has no lone 'a)'", () => {
    const [onlyPoor] = buildWardTargetSentences(poor, undefined, "vi");
    expect(onlyPoor).toBe(
      "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,11% (tương ứng số hộ nghèo phải giảm là 16 hộ)."
    );
    const [onlyNear] = buildWardTargetSentences(undefined, near, "vi");
    expect(onlyNear).toMatch(/^Tỷ lệ hộ cận nghèo .* 05 hộ\)\.$/);
    expect(buildWardTargetSentences(poor, undefined, "en")[0]).toMatch(/^Cut the/);
  });
});
