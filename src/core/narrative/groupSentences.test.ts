import { buildTable } from "../../../tests/core/helpers/buildTable";
import type { RawValue } from "../model/cell";
import { readFigures } from "../summary/readFigures";
import { buildNarrative } from "./buildNarrative";

const HEAD = ["TT", "Thôn", "Tổng số hộ", "Số hộ nghèo", "Số hộ giảm nghèo"];

function narrative(rows: RawValue[][]): string {
  const r = readFigures(buildTable(rows));
  if (!r.ok) throw new Error("unreadable");
  return buildNarrative(r.value, { year: 2025 }).join("\n");
}

test("a merged commune's narrative states the commune from its units and each former commune's figures", () => {
  const text = narrative([
    HEAD,
    [null, "TOÀN XÃ", 400, 20, 10],
    ["I", "Xã Hưng Thịnh (cũ)", 250, 15, 8],
    [1, "Thôn 1", 100, 5, 3],
    [2, "Thôn 2", 150, 10, 5],
    ["II", "Xã Hưng Lợi (cũ)", 150, 5, 2],
    [3, "Thôn 3", 70, 2, 1],
    [4, "Thôn 4", 80, 3, 1],
  ]);
  expect(text).toContain("Tổng số hộ toàn xã là 400 hộ.");
  expect(text).toContain("Số hộ nghèo toàn xã là 20 hộ, chiếm tỷ lệ 5,00%.");
  expect(text).toContain(
    "Xã Hưng Thịnh (cũ): tổng số hộ 250 hộ; hộ nghèo 15 hộ, chiếm tỷ lệ 6,00%; phấn đấu giảm 8 hộ nghèo (3,20%)."
  );
  expect(text).toContain(
    "Xã Hưng Lợi (cũ): tổng số hộ 150 hộ; hộ nghèo 5 hộ, chiếm tỷ lệ 3,33%; phấn đấu giảm 2 hộ nghèo (1,33%)."
  );
  expect(text).not.toMatch(/Xã Hưng Thịnh \(cũ\) \d+ hộ/);
});

test("the 'Trong đó' case: 1.700 households and 82 poor, never 2.710 and 150, and no cut for 'Trong đó'", () => {
  const text = narrative([
    HEAD,
    [1, "Thôn 1", 1000, 50, 10],
    [2, "Thôn 2", 700, 32, 7],
    [null, "Tổng cộng", 1700, 82, 17],
    [null, "Trong đó: hộ DTTS", 1010, 68, 12],
  ]);
  expect(text).toContain("Tổng số hộ toàn xã là 1.700 hộ.");
  expect(text).toContain("Số hộ nghèo toàn xã là 82 hộ");
  expect(text).not.toMatch(/2\.710|150 hộ|Trong đó/);
});
