import { defineMessages } from "./define";
import type { MessageParams } from "./define";

type P = MessageParams;
const s = (v: P[string]): string => (v === undefined ? "" : String(v));

/**
 * Issue messages, one per code. Params (all already formatted for the language): cell, role (column name),
 * at ("của Làng Gió" / "ở dòng tổng"), actual, expected, suggestion, plus the issue's own params.
 */
export const issueMessages = defineMessages(
  {
    MISSING_VALUE: "Ô {cell} ({role}) {at} đang để trống.",
    NOT_A_NUMBER: (p: P) =>
      `Ô ${s(p.cell)} (${s(p.role)}) ${s(p.at)} ghi ${s(p.actual)} — không phải là số.` +
      (p.suggestion !== undefined ? ` Có phải là ${s(p.suggestion)}?` : ""),
    NUMBER_AS_TEXT:
      "Ô {cell} ({role}) {at} là số {value} nhưng đang lưu dạng chữ ({actual}), Excel sẽ không cộng ô này.",
    CELL_ERROR: "Ô {cell} ({role}) {at} bị lỗi {actual}.",
    NEGATIVE_VALUE: "Ô {cell} ({role}) {at} có giá trị âm ({actual}).",
    NOT_INTEGER: "Ô {cell} ({role}) {at} là {actual}; số hộ, số người phải là số nguyên.",
    POOR_EXCEEDS_HOUSEHOLDS: (p: P) =>
      p.poor === undefined
        ? `Ô ${s(p.cell)}: số hộ nghèo (${s(p.actual)}) ${s(p.at)} lớn hơn tổng số hộ (${s(p.households)}).`
        : `Ô ${s(p.cell)}: hộ nghèo (${s(p.poor)}) cộng hộ cận nghèo (${s(p.actual)}) ${s(p.at)} lớn hơn tổng số hộ (${s(p.households)}).`,
    HOUSEHOLDS_EXCEED_POPULATION:
      "Ô {cell}: tổng số hộ ({actual}) {at} lớn hơn số dân ({population}).",
    CUT_EXCEEDS_POOR: "Ô {cell}: {role} ({actual}) {at} lớn hơn {baseRole} ({limit}).",
    RATE_MISMATCH: "Ô {cell} ({role}) {at} ghi {actual} nhưng tính ra {expected}.",
    TOTAL_MISMATCH:
      "Ô {cell} ({role}) ở dòng tổng ghi {actual} nhưng tính từ các dòng số liệu được {expected}.",
    TOTALS_ROW_MISSING: "Bảng không có dòng tổng (Tổng, Cộng…); nên thêm dòng tổng ở ô {cell}.",
    DUPLICATE_UNIT: "Ô {cell}: tên {actual} trùng với dòng {otherRow}.",
    HOUSEHOLD_SIZE_UNUSUAL:
      "Ô {cell}: bình quân {size} người/hộ {at} ({actual} người, {households} hộ), ngoài khoảng {min}–{max}; hãy kiểm tra lại.",
    TARGET_MISMATCH: (p: P) =>
      `Ô ${s(p.cell)}: tổng ${s(p.role).toLowerCase()} của các thôn là ${s(p.actual)}, khác chỉ tiêu của xã (` +
      (p.targetRate !== undefined
        ? `giảm ${s(p.targetRate)}%, tương ứng ${s(p.expected)} hộ).`
        : `${s(p.expected)} hộ).`),
    TRANSITION_MISMATCH: (p: P) =>
      p.kind === "exceeds"
        ? `Ô ${s(p.cell)}: ${s(p.role).toLowerCase()} (${s(p.actual)}) ${s(p.at)} lớn hơn số hộ đầu năm (${s(p.limit)}).`
        : `Ô ${s(p.cell)} (${s(p.role)}) ${s(p.at)} ghi ${s(p.actual)} nhưng đầu năm ${s(p.start)} − thoát ${s(p.exited)} + tái ${s(p.reentered)} + phát sinh ${s(p.newCount)} = ${s(p.expected)}.`,
    SUBTOTAL_MISMATCH:
      "Ô {cell} ({role}) ở dòng cộng của {group} ghi {actual} nhưng tính từ các thôn, tổ của nhóm được {expected}.",
    BREAKDOWN_EXCEEDS_PARENT: (p: P) =>
      `Ô ${s(p.cell)}: ${s(p.role).toLowerCase()} ở dòng “${s(p.breakdown)}” (${s(p.actual)}) lớn hơn ${s(p.role).toLowerCase()} ${s(p.parentAt)} (${s(p.limit)}); dòng “trong đó” chỉ là một phần của dòng trên nó.`,
    RATE_SHOWN_AS_FRACTION:
      "Ô {cell} ({role}) ghi tỷ lệ dạng phân số ({actual}, tức {value}%) nhưng cột không có định dạng %: bản in sẽ hiện {actual} dưới tiêu đề (%). Hãy định dạng cột theo % (lệnh giamngheo fix hoặc nút “Sửa tất cả”); số liệu không đổi.",
    LEGACY_ENCODING:
      "Chữ trong bảng dùng bảng mã cũ {encoding} (ô {cell} ghi {actual}, tức “{decoded}”); bảng đã được đọc chuyển mã. Nên chuyển sang Unicode (lệnh giamngheo unicode hoặc nút “Chuyển sang Unicode” trong ngăn tác vụ).",
  },
  {
    MISSING_VALUE: "Cell {cell} ({role}) {at} is empty.",
    NOT_A_NUMBER: (p: P) =>
      `Cell ${s(p.cell)} (${s(p.role)}) ${s(p.at)} holds ${s(p.actual)}, which is not a number.` +
      (p.suggestion !== undefined ? ` Did you mean ${s(p.suggestion)}?` : ""),
    NUMBER_AS_TEXT:
      "Cell {cell} ({role}) {at} is the number {value} stored as text ({actual}); Excel will not add it up.",
    CELL_ERROR: "Cell {cell} ({role}) {at} shows the error {actual}.",
    NEGATIVE_VALUE: "Cell {cell} ({role}) {at} is negative ({actual}).",
    NOT_INTEGER:
      "Cell {cell} ({role}) {at} is {actual}; counts of households and people must be whole numbers.",
    POOR_EXCEEDS_HOUSEHOLDS: (p: P) =>
      p.poor === undefined
        ? `Cell ${s(p.cell)}: poor households (${s(p.actual)}) ${s(p.at)} exceed all households (${s(p.households)}).`
        : `Cell ${s(p.cell)}: poor (${s(p.poor)}) plus near-poor households (${s(p.actual)}) ${s(p.at)} exceed all households (${s(p.households)}).`,
    HOUSEHOLDS_EXCEED_POPULATION:
      "Cell {cell}: households ({actual}) {at} exceed the population ({population}).",
    CUT_EXCEEDS_POOR: "Cell {cell}: {role} ({actual}) {at} exceeds {baseRole} ({limit}).",
    RATE_MISMATCH: "Cell {cell} ({role}) {at} says {actual} but computes to {expected}.",
    TOTAL_MISMATCH:
      "Cell {cell} ({role}) in the totals row says {actual} but the data rows give {expected}.",
    TOTALS_ROW_MISSING: "The table has no totals row (Tổng, Cộng…); consider adding one at {cell}.",
    DUPLICATE_UNIT: "Cell {cell}: the name {actual} repeats row {otherRow}.",
    HOUSEHOLD_SIZE_UNUSUAL:
      "Cell {cell}: {size} people per household {at} ({actual} people, {households} households), outside {min}–{max}; please check.",
    TARGET_MISMATCH: (p: P) =>
      `Cell ${s(p.cell)}: the units' ${s(p.role).toLowerCase()} add up to ${s(p.actual)}, not the commune target (` +
      (p.targetRate !== undefined
        ? `a cut of ${s(p.targetRate)}%, that is ${s(p.expected)} households).`
        : `${s(p.expected)} households).`),
    TRANSITION_MISMATCH: (p: P) =>
      p.kind === "exceeds"
        ? `Cell ${s(p.cell)}: ${s(p.role).toLowerCase()} (${s(p.actual)}) ${s(p.at)} exceed the households at the start of the year (${s(p.limit)}).`
        : `Cell ${s(p.cell)} (${s(p.role)}) ${s(p.at)} says ${s(p.actual)} but start ${s(p.start)} − escaped ${s(p.exited)} + fell back ${s(p.reentered)} + new ${s(p.newCount)} = ${s(p.expected)}.`,
    SUBTOTAL_MISMATCH:
      "Cell {cell} ({role}) in the subtotal row of {group} says {actual} but the group's units give {expected}.",
    BREAKDOWN_EXCEEDS_PARENT: (p: P) =>
      `Cell ${s(p.cell)}: ${s(p.role).toLowerCase()} in the row “${s(p.breakdown)}” (${s(p.actual)}) exceed the ${s(p.role).toLowerCase()} ${s(p.parentAt)} (${s(p.limit)}); a “trong đó” row is only part of the row above it.`,
    RATE_SHOWN_AS_FRACTION:
      "Cell {cell} ({role}) holds the rate as a fraction ({actual}, i.e. {value}%) but the column has no percent format: the printed sheet would show {actual} under “(%)”. Give the column a percent format (giamngheo fix, or “Fix all” in the task pane); no value changes.",
    LEGACY_ENCODING:
      "The table's text is in the old {encoding} encoding (cell {cell} holds {actual}, i.e. “{decoded}”); it was read decoded. Convert it to Unicode (giamngheo unicode, or “Convert to Unicode” in the task pane).",
  }
);

/** Where an issue is: a unit (in its group, if any), a group's sub-total, the totals row, or a bare row. */
export const issuePlaceMessages = defineMessages(
  {
    unit: "của {unit}",
    unitInGroup: "của {unit} ({group})",
    subtotal: "ở dòng cộng của {group}",
    totals: "ở dòng tổng",
    row: "ở dòng {row}",
  },
  {
    unit: "of {unit}",
    unitInGroup: "of {unit} ({group})",
    subtotal: "in the subtotal row of {group}",
    totals: "in the totals row",
    row: "in row {row}",
  }
);

/** Column (role) names as officers call them. */
export const roleMessages = defineMessages(
  {
    index: "STT",
    unit: "Thôn/Tổ dân phố",
    population: "Dân số",
    households: "Tổng số hộ",
    poor: "Số hộ nghèo",
    poorRate: "Tỷ lệ hộ nghèo",
    nearPoor: "Số hộ cận nghèo",
    nearPoorRate: "Tỷ lệ hộ cận nghèo",
    poorCut: "Số hộ giảm nghèo",
    poorCutRate: "Tỷ lệ giảm nghèo",
    nearPoorCut: "Số hộ cận nghèo giảm",
    nearPoorCutRate: "Tỷ lệ giảm hộ cận nghèo",
    projectedPoorRate: "Tỷ lệ hộ nghèo dự kiến cuối năm",
    projectedNearPoorRate: "Tỷ lệ hộ cận nghèo dự kiến cuối năm",
    poorExited: "Số hộ thoát nghèo",
    poorExitedRate: "Tỷ lệ hộ thoát nghèo",
    poorReentered: "Số hộ tái nghèo",
    poorReenteredRate: "Tỷ lệ hộ tái nghèo",
    poorNew: "Số hộ nghèo phát sinh",
    poorNewRate: "Tỷ lệ hộ nghèo phát sinh",
    poorEnd: "Số hộ nghèo cuối năm",
    poorEndRate: "Tỷ lệ hộ nghèo cuối năm",
    nearPoorExited: "Số hộ thoát cận nghèo",
    nearPoorExitedRate: "Tỷ lệ hộ thoát cận nghèo",
    nearPoorReentered: "Số hộ tái cận nghèo",
    nearPoorReenteredRate: "Tỷ lệ hộ tái cận nghèo",
    nearPoorNew: "Số hộ cận nghèo phát sinh",
    nearPoorNewRate: "Tỷ lệ hộ cận nghèo phát sinh",
    nearPoorEnd: "Số hộ cận nghèo cuối năm",
    nearPoorEndRate: "Tỷ lệ hộ cận nghèo cuối năm",
  },
  {
    index: "No.",
    unit: "Village/Residential group",
    population: "Population",
    households: "Households",
    poor: "Poor households",
    poorRate: "Poverty rate",
    nearPoor: "Near-poor households",
    nearPoorRate: "Near-poverty rate",
    poorCut: "Poor households to lift out",
    poorCutRate: "Poverty reduction rate",
    nearPoorCut: "Near-poor households to lift out",
    nearPoorCutRate: "Near-poverty reduction rate",
    projectedPoorRate: "Projected year-end poverty rate",
    projectedNearPoorRate: "Projected year-end near-poverty rate",
    poorExited: "Households that escaped poverty",
    poorExitedRate: "Rate of households that escaped poverty",
    poorReentered: "Households that fell back into poverty",
    poorReenteredRate: "Rate of households that fell back into poverty",
    poorNew: "Newly poor households",
    poorNewRate: "Rate of newly poor households",
    poorEnd: "Poor households at year end",
    poorEndRate: "Poverty rate at year end",
    nearPoorExited: "Households that left near-poverty",
    nearPoorExitedRate: "Rate of households that left near-poverty",
    nearPoorReentered: "Households that fell back into near-poverty",
    nearPoorReenteredRate: "Rate of households that fell back into near-poverty",
    nearPoorNew: "Newly near-poor households",
    nearPoorNewRate: "Rate of newly near-poor households",
    nearPoorEnd: "Near-poor households at year end",
    nearPoorEndRate: "Near-poverty rate at year end",
  }
);

/** Why no appendix table was found (DetectFailureReason). Params: sheet. */
export const detectMessages = defineMessages(
  {
    EMPTY_SHEET: "Trang tính “{sheet}” không có dữ liệu.",
    NO_HEADER:
      "Không tìm thấy bảng phụ lục trên trang “{sheet}”: không có dòng tiêu đề với cột Thôn/Tổ dân phố.",
    NO_UNIT_COLUMN:
      "Trang “{sheet}” có cột số hộ nhưng không thấy cột tên thôn/tổ dân phố (Thôn, Tổ dân phố, Đơn vị…).",
    NO_COUNT_COLUMNS:
      "Trang “{sheet}” có cột Thôn nhưng không thấy cột Tổng số hộ hoặc Số hộ nghèo.",
    NO_DATA_ROWS: "Trang “{sheet}” có tiêu đề bảng nhưng không có dòng số liệu nào bên dưới.",
    GENERATED_SHEET:
      "Trang “{sheet}” do Trợ lý Giảm nghèo tạo ra (tổng hợp, chỉ số thiếu hụt…), không phải bảng phụ lục của xã.",
  },
  {
    EMPTY_SHEET: "Sheet “{sheet}” is empty.",
    NO_HEADER:
      "No appendix table on sheet “{sheet}”: no header row with a village / residential group column.",
    NO_UNIT_COLUMN:
      "Sheet “{sheet}” has household columns but no village / residential group column (Thôn, Tổ dân phố, Đơn vị…).",
    NO_COUNT_COLUMNS:
      "Sheet “{sheet}” has a village column but no total households or poor households column.",
    NO_DATA_ROWS: "Sheet “{sheet}” has a table header but no data rows below it.",
    GENERATED_SHEET:
      "Sheet “{sheet}” was generated by Trợ lý Giảm nghèo (summary, deprivation…); it is not the commune's appendix.",
  }
);

/**
 * Why a target could not be allocated (AllocationFailure). Params: target, totalPoor, cells, whose, unit, lock, poor,
 * locked, nearPoorColumn ("yes" when a table without a poor column has near-poor counts).
 */
export const allocationMessages = defineMessages(
  {
    INVALID_TARGET: "Chỉ tiêu giảm {whose} phải là số nguyên không âm (nhận được {target}).",
    TARGET_EXCEEDS_POOR:
      "Chỉ tiêu {target} hộ lớn hơn tổng số {whose} của các thôn có thể giảm ({totalPoor} hộ).",
    UNREADABLE_POOR: "Không đọc được số {whose} ở ô {cells}; hãy sửa các ô này trước khi phân bổ.",
    UNREADABLE_HOUSEHOLDS:
      "Không đọc được tổng số hộ ở ô {cells}; hãy sửa các ô này trước khi phân bổ.",
    NO_UNITS: "Bảng không có thôn nào để phân bổ chỉ tiêu.",
    NO_NEAR_POOR_COLUMN:
      "Bảng không có cột “Số hộ cận nghèo” nên chưa phân bổ được chỉ tiêu giảm hộ cận nghèo.",
    NO_POOR_COLUMN: (p: P) =>
      p.nearPoorColumn === "yes"
        ? "Bảng chỉ có số hộ cận nghèo, không có cột “Số hộ nghèo”, nên không phân bổ được chỉ tiêu giảm hộ nghèo. Hãy giao chỉ tiêu giảm hộ cận nghèo thay vào đó."
        : "Bảng không có cột “Số hộ nghèo” nên chưa phân bổ được chỉ tiêu giảm hộ nghèo.",
    LOCK_UNKNOWN_UNIT: "Không có thôn “{unit}” trong bảng để giữ cố định số hộ giảm.",
    LOCK_INVALID: "Số hộ giảm cố định của {unit} phải là số nguyên không âm (nhận được {lock}).",
    LOCK_EXCEEDS_POOR:
      "Số hộ giảm cố định của {unit} ({lock} hộ) lớn hơn số {whose} của thôn ({poor} hộ).",
    LOCKS_EXCEED_TARGET:
      "Tổng số hộ giảm cố định của các thôn ({locked} hộ) lớn hơn chỉ tiêu ({target} hộ).",
  },
  {
    INVALID_TARGET: "The {whose} target must be a whole number of at least 0 (got {target}).",
    TARGET_EXCEEDS_POOR:
      "The target of {target} households exceeds the units' {whose} that can be cut ({totalPoor}).",
    UNREADABLE_POOR: "Cannot read the {whose} in {cells}; fix these cells before allocating.",
    UNREADABLE_HOUSEHOLDS:
      "Households cannot be read in {cells}; fix these cells before allocating.",
    NO_UNITS: "The table has no units to allocate the target to.",
    NO_NEAR_POOR_COLUMN:
      "The table has no near-poor households column, so a near-poor target cannot be allocated.",
    NO_POOR_COLUMN: (p: P) =>
      p.nearPoorColumn === "yes"
        ? "The table has near-poor households only, no poor households column, so a poor target cannot be allocated. Give a near-poor target instead."
        : "The table has no poor households column, so a poor target cannot be allocated.",
    LOCK_UNKNOWN_UNIT: "There is no unit “{unit}” in the table to fix a cut for.",
    LOCK_INVALID: "The fixed cut of {unit} must be a whole number of at least 0 (got {lock}).",
    LOCK_EXCEEDS_POOR: "The fixed cut of {unit} ({lock}) exceeds its {whose} ({poor}).",
    LOCKS_EXCEED_TARGET:
      "The fixed cuts add up to {locked} households, above the target ({target}).",
  }
);

/** "hộ nghèo" / "hộ cận nghèo" as allocation messages name them. */
export const allocationSubjectMessages = defineMessages(
  { poor: "hộ nghèo", nearPoor: "hộ cận nghèo" },
  { poor: "poor households", nearPoor: "near-poor households" }
);
