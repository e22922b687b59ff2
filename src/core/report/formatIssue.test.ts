import type { Issue, IssueCode } from "../model/issue";
import { ISSUE_CODES } from "../model/issue";
import { formatIssue } from "./formatIssue";

const base = { severity: "error", sheet: "Phụ lục", row: 9, col: 6 } as const;
const issue = (code: IssueCode, extra: Partial<Issue>): Issue => ({
  ...base,
  code,
  cell: "F9",
  role: "poorRate",
  actual: 2.83,
  ...extra,
});

describe("formatIssue", () => {
  const examples: Record<IssueCode, [Partial<Issue>, string]> = {
    MISSING_VALUE: [
      { cell: "D9", role: "households", actual: null, params: { unit: "Làng Gió" } },
      "Ô D9 (Tổng số hộ) của Làng Gió đang để trống.",
    ],
    NOT_A_NUMBER: [
      { cell: "E10", role: "poor", actual: "4 hộ", suggestion: 4, params: { unit: "Thắng Lộc" } },
      "Ô E10 (Số hộ nghèo) của Thắng Lộc ghi “4 hộ” — không phải là số. Có phải là 4?",
    ],
    NUMBER_AS_TEXT: [
      { cell: "D13", role: "households", actual: "98", params: { unit: "Làng Mài", value: 98 } },
      "Ô D13 (Tổng số hộ) của Làng Mài là số 98 nhưng đang lưu dạng chữ (“98”), Excel sẽ không cộng ô này.",
    ],
    CELL_ERROR: [
      { actual: "#DIV/0!", params: { unit: "Làng Gió" } },
      "Ô F9 (Tỷ lệ hộ nghèo) của Làng Gió bị lỗi “#DIV/0!”.",
    ],
    NEGATIVE_VALUE: [
      { cell: "I11", role: "projectedPoorRate", actual: -0.95, params: { unit: "Làng Sao" } },
      "Ô I11 (Tỷ lệ hộ nghèo dự kiến cuối năm) của Làng Sao có giá trị âm (-0,95).",
    ],
    NOT_INTEGER: [
      { cell: "D9", role: "households", actual: 126.5, params: { unit: "Làng Gió" } },
      "Ô D9 (Tổng số hộ) của Làng Gió là 126,5; số hộ, số người phải là số nguyên.",
    ],
    POOR_EXCEEDS_HOUSEHOLDS: [
      { cell: "E9", role: "poor", actual: 130, params: { unit: "Làng Gió", households: 126 } },
      "Ô E9: số hộ nghèo (130) của Làng Gió lớn hơn tổng số hộ (126).",
    ],
    HOUSEHOLDS_EXCEED_POPULATION: [
      {
        cell: "D9",
        role: "households",
        actual: 1260,
        params: { unit: "Làng Gió", population: 1000 },
      },
      "Ô D9: tổng số hộ (1.260) của Làng Gió lớn hơn số dân (1.000).",
    ],
    CUT_EXCEEDS_POOR: [
      {
        cell: "G11",
        role: "poorCut",
        actual: 3,
        params: { unit: "Làng Sao", limit: 2, baseRole: "poor" },
      },
      "Ô G11: Số hộ giảm nghèo (3) của Làng Sao lớn hơn số hộ nghèo (2).",
    ],
    RATE_MISMATCH: [
      { expected: 2.38, params: { unit: "Làng Gió" } },
      "Ô F9 (Tỷ lệ hộ nghèo) của Làng Gió ghi 2,83 nhưng tính ra 2,38.",
    ],
    TOTAL_MISMATCH: [
      { cell: "G14", role: "poorCut", actual: 11, expected: 10, params: { place: "totals" } },
      "Ô G14 (Số hộ giảm nghèo) ở dòng tổng ghi 11 nhưng tính từ các dòng số liệu được 10.",
    ],
    TOTALS_ROW_MISSING: [
      { cell: "B14", role: "unit", actual: null, severity: "warning" },
      "Bảng không có dòng tổng (Tổng, Cộng…); nên thêm dòng tổng ở ô B14.",
    ],
    DUPLICATE_UNIT: [
      { cell: "B12", role: "unit", actual: "Làng  gió", params: { unit: "Làng gió", otherRow: 9 } },
      "Ô B12: tên “Làng  gió” trùng với dòng 9.",
    ],
    HOUSEHOLD_SIZE_UNUSUAL: [
      {
        cell: "C9",
        role: "population",
        actual: 1500,
        params: { unit: "Làng Gió", size: 11.9, households: 126, min: 1, max: 10 },
      },
      "Ô C9: bình quân 11,9 người/hộ của Làng Gió (1.500 người, 126 hộ), ngoài khoảng 1–10; hãy kiểm tra lại.",
    ],
    TARGET_MISMATCH: [
      { cell: "G14", role: "poorCut", actual: 10, expected: 12, params: { place: "totals" } },
      "Ô G14: tổng số hộ giảm nghèo của các thôn là 10, khác chỉ tiêu của xã (12 hộ).",
    ],
    TRANSITION_MISMATCH: [
      {
        cell: "H9",
        role: "poorEnd",
        actual: 5,
        expected: 4,
        params: {
          unit: "Làng Gió",
          kind: "balance",
          start: 4,
          exited: 1,
          reentered: 0,
          newCount: 1,
        },
      },
      "Ô H9 (Số hộ nghèo cuối năm) của Làng Gió ghi 5 nhưng đầu năm 4 − thoát 1 + tái 0 + phát sinh 1 = 4.",
    ],
    SUBTOTAL_MISMATCH: [
      {
        cell: "D7",
        role: "poor",
        actual: 30,
        expected: 28,
        params: { place: "subtotal", group: "Xã Hưng Thịnh (cũ)" },
      },
      "Ô D7 (Số hộ nghèo) ở dòng cộng của Xã Hưng Thịnh (cũ) ghi 30 nhưng tính từ các thôn, tổ của nhóm được 28.",
    ],
    BREAKDOWN_EXCEEDS_PARENT: [
      {
        cell: "D15",
        role: "poor",
        actual: 90,
        params: { breakdown: "Trong đó: hộ DTTS", limit: 82, parentPlace: "totals" },
      },
      "Ô D15: số hộ nghèo ở dòng “Trong đó: hộ DTTS” (90) lớn hơn số hộ nghèo ở dòng tổng (82); dòng “trong đó” chỉ là một phần của dòng trên nó.",
    ],
    RATE_SHOWN_AS_FRACTION: [
      {
        cell: "E8",
        role: "poorRate",
        actual: 0.0439,
        severity: "warning",
        params: { value: 4.39 },
      },
      "Ô E8 (Tỷ lệ hộ nghèo) ghi tỷ lệ dạng phân số (0,0439, tức 4,39%) nhưng cột không có định dạng %: bản in sẽ hiện 0,0439 dưới tiêu đề (%). Hãy định dạng cột theo % (lệnh giamngheo fix hoặc nút “Sửa tất cả”); số liệu không đổi.",
    ],
    LEGACY_ENCODING: [
      {
        cell: "B5",
        role: "unit",
        actual: "Th«n",
        severity: "warning",
        params: { encoding: "TCVN3 (ABC)", decoded: "Thôn", cells: 21 },
      },
      "Chữ trong bảng dùng bảng mã cũ TCVN3 (ABC) (ô B5 ghi “Th«n”, tức “Thôn”); bảng đã được đọc chuyển mã. Nên chuyển sang Unicode (lệnh giamngheo unicode hoặc nút “Chuyển sang Unicode” trong ngăn tác vụ).",
    ],
  };

  it.each(ISSUE_CODES.map((c) => [c]))("words %s in Vietnamese", (code) => {
    const [extra, expected] = examples[code];
    expect(formatIssue(issue(code, extra), "vi")).toBe(expected);
  });

  it.each(ISSUE_CODES.map((c) => [c]))("words %s in English with a decimal point", (code) => {
    const [extra] = examples[code];
    const text = formatIssue(issue(code, extra), "en");
    expect(text).toMatch(/^(Cell|The table)/);
    expect(text).not.toMatch(/\{\w+\}|undefined/);
    if (typeof extra.actual === "number" && !Number.isInteger(extra.actual))
      expect(text).toContain(String(extra.actual));
  });

  it("names the group of a unit in a grouped table", () => {
    const params = { unit: "Thôn 2", group: "Xã Hưng Thịnh (cũ)" };
    expect(formatIssue(issue("RATE_MISMATCH", { expected: 2.38, params }), "vi")).toBe(
      "Ô F9 (Tỷ lệ hộ nghèo) của Thôn 2 (Xã Hưng Thịnh (cũ)) ghi 2,83 nhưng tính ra 2,38."
    );
  });

  it("names a unit a breakdown splits", () => {
    const params = { breakdown: "- Hộ DTTS", limit: 3, parentPlace: "unit", parent: "Thôn 1" };
    const at = { cell: "D9", role: "poor" as const, actual: 4, params };
    expect(formatIssue(issue("BREAKDOWN_EXCEEDS_PARENT", at), "en")).toBe(
      "Cell D9: poor households in the row “- Hộ DTTS” (4) exceed the poor households of Thôn 1 (3); a “trong đó” row is only part of the row above it."
    );
  });

  it("places an issue of a row without a unit name by its row", () => {
    expect(formatIssue(issue("RATE_MISMATCH", { expected: 2.38 }), "vi")).toBe(
      "Ô F9 (Tỷ lệ hộ nghèo) ở dòng 9 ghi 2,83 nhưng tính ra 2,38."
    );
  });
});
