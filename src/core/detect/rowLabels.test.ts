import { normalizeText } from "../text/normalizeText";
import { isNoteLabel, isSubheadingLabel, isSubtotalLabel, isTotalsLabel } from "./rowLabels";

const n = normalizeText;

describe("row labels", () => {
  it.each([
    "Tổng",
    "Tổng:",
    "Cộng",
    "Tổng cộng",
    "TỔNG CỘNG (A+B)",
    "Toàn xã",
    "Toàn phường",
    "Tổng số",
    "Total",
    "Tổng số (6 thôn)",
    "Cộng 6 thôn",
    "Tổng toàn xã",
    "Toàn thị trấn",
  ])("%p is a totals label", (label) => expect(isTotalsLabel(n(label))).toBe(true));

  it.each([
    "Cộng Hòa",
    "Tống Xá",
    "Tổng Lung",
    "Tổng Sơn",
    "Chung",
    "Thôn 6",
    "Cộng khu vực I",
    "Tổ 1",
  ])("%p is not a totals label", (label) => expect(isTotalsLabel(n(label))).toBe(false));

  it.each(["Cộng khu vực thành thị", "Tổng nhóm II", "Cộng II", "Cộng vùng cao"])(
    "%p is a sub-total",
    (label) => expect(isSubtotalLabel(n(label))).toBe(true)
  );

  it.each([
    "Ghi chú: số liệu 2024",
    "Người lập biểu",
    "Nguồn: Chi cục Thống kê",
    "Bình Lương, ngày 05 tháng 01 năm 2024",
    "T/M ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "Nơi nhận:",
  ])("%p is a note", (label) => expect(isNoteLabel(n(label))).toBe(true));

  it.each(["Làng Gió", "Thôn Ngày Mới", "Tân Lập"])("%p is not a note", (label) =>
    expect(isNoteLabel(n(label))).toBe(false)
  );

  it.each(["I. Khu vực thành thị", "II", "Khu vực nông thôn", "a) Vùng cao"])(
    "%p is a sub-heading",
    (label) => expect(isSubheadingLabel(n(label))).toBe(true)
  );
});
