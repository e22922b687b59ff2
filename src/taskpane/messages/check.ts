import { defineMessages } from "../../core";
import { plural } from "./plural";

/** The Kiểm tra tab: the check, its issue list, fixes and advice. */
export const checkMessages = defineMessages(
  {
    checkHeading: "Kiểm tra số liệu",
    runCheck: "Kiểm tra",
    recheck: "Kiểm tra lại",
    targetComparedPoor:
      "Tổng số hộ giảm nghèo của các thôn được so với chỉ tiêu của xã ({target}; nhập ở tab Tính toán).",
    targetComparedNearPoor:
      "Tổng số hộ cận nghèo giảm của các thôn được so với chỉ tiêu của xã ({target}).",
    targetInvalid: "Nhập số hộ (ví dụ 10) hoặc tỷ lệ phần trăm (ví dụ 1,37%).",
    targetAbovePoor:
      "Chỉ tiêu {target} hộ lớn hơn số hộ nghèo của cả xã ({limit} hộ); hãy nhập số nhỏ hơn.",
    targetAboveNearPoor:
      "Chỉ tiêu {target} hộ lớn hơn số hộ cận nghèo của cả xã ({limit} hộ); hãy nhập số nhỏ hơn.",
    targetPoorLabel: "Chỉ tiêu giảm nghèo của xã (số hộ hoặc %)",
    targetNearPoorLabel: "Chỉ tiêu giảm hộ cận nghèo (số hộ hoặc %)",
    targetFormatHint: "Số hộ (10) hoặc tỷ lệ trên tổng số hộ (1,37%).",
    locksHint:
      "Cột “Giữ”: nhập số hộ giảm của thôn muốn giữ cố định rồi nhấn “Phân bổ lại”; phần còn lại chia cho các thôn khác.",
    lockLabel: "Số hộ giảm cố định của {name}",
    reallocate: "Phân bổ lại",
    lockInvalid: "Số hộ giảm cố định phải là số nguyên không âm.",
    previousHeading: "Số liệu năm trước",
    previousHint:
      "Để viết đủ đoạn “Mục tiêu giảm hộ nghèo”: nhập tay hoặc mở kế hoạch năm trước (.xlsx).",
    previousPoor: "Số hộ nghèo năm trước",
    previousNearPoor: "Số hộ cận nghèo năm trước",
    nearPoorNow: "Số hộ cận nghèo năm nay (khi phụ lục không có cột cận nghèo)",
    openPreviousPlan: "Mở kế hoạch năm trước",
    previousLoaded: "Đã lấy số liệu năm {year} từ “{file}”: {poor} hộ nghèo{near}.",
    previousLoadedNear: ", {nearPoor} hộ cận nghèo",
    previousNoTable: "Không tìm thấy bảng phụ lục trong “{file}”.",
    previousUnreadable: "Kế hoạch năm trước “{file}” có ô số liệu không đọc được ({cells}).",
    previousOpenFailed: "Không mở được “{file}”. {detail}",
    countInvalid: "Nhập số nguyên không âm.",
    checkNotRun: "Chưa kiểm tra. Nhấn “Kiểm tra” để rà soát từng dòng và dòng tổng.",
    noIssues: "Không phát hiện vấn đề nào. Bảng đã khớp.",
    issueSummary: (p) =>
      `${p.errors} lỗi, ${p.warnings} cảnh báo` +
      (p.recompute ? `, ${p.recompute} tỷ lệ cần tính lại` : ""),
    issueListLabel: "Danh sách vấn đề theo dòng",
    rowGroup: "Dòng {row}",
    rowGroupUnit: "Dòng {row} · {name}",
    rowGroupUnitInGroup: "Dòng {row} · {name} · {group}",
    rowGroupSubtotal: "Dòng {row} · dòng cộng {group}",
    severity_error: "Lỗi",
    severity_warning: "Cảnh báo",
    goToCell: "Chọn ô {cell}",
    goToCellPrefix: "Chọn ô",
    fixOne: "Sửa",
    fixOneLabel: "Sửa ô {cell}",
    fixTo: "Sửa thành {value}",
    fixTotalsTo: "Sửa dòng tổng thành {value}",
    fixSubtotalTo: "Sửa dòng cộng thành {value}",
    fixToNumber: "Đổi thành số {value}",
    fixCellLabel: "Ô {cell}: {action}",
    rowGroupTotals: "Dòng tổng (dòng {row})",
    consequencesLabel: "Do lỗi này",
    recomputeHeading: "Tỷ lệ cần tính lại",
    recomputeHint: "Số hộ của các dòng này đúng; chỉ cần tính lại tỷ lệ (nút Sửa hoặc Sửa tất cả).",
    advice_MISSING_VALUE: "Nhập số vào ô này (ghi 0 nếu không có hộ nào).",
    advice_NOT_A_NUMBER: "Nhập một con số vào ô này, không kèm chữ.",
    advice_NUMBER_AS_TEXT: "Nhập lại số này (không có dấu nháy ở đầu) để Excel cộng được.",
    advice_CELL_ERROR: "Sửa công thức của ô này, hoặc nhập số trực tiếp.",
    advice_NEGATIVE_VALUE: "Số hộ, số người không thể âm: nhập lại số đúng theo sổ theo dõi.",
    advice_NOT_INTEGER: "Nhập số nguyên đúng theo danh sách rà soát.",
    advice_POOR_EXCEEDS_HOUSEHOLDS:
      "Đối chiếu số hộ nghèo, cận nghèo và tổng số hộ của thôn với danh sách rà soát rồi sửa số sai.",
    advice_HOUSEHOLDS_EXCEED_POPULATION: "Đối chiếu số hộ và số dân của thôn rồi sửa số sai.",
    advice_CUT_EXCEEDS_POOR:
      "Nhập số hộ giảm không quá số hộ nghèo của thôn, hoặc phân bổ lại chỉ tiêu ở tab Tính toán.",
    advice_RATE_MISMATCH: "Sửa các ô số hộ của dòng này trước; sau đó tỷ lệ sẽ tính lại được.",
    advice_TOTAL_MISMATCH:
      "Sửa các ô không đọc được của cột này trước; sau đó dòng tổng sẽ tính lại được.",
    advice_TOTALS_ROW_MISSING: "Thêm một dòng “Tổng cộng” ngay dưới các thôn.",
    advice_DUPLICATE_UNIT: "Đổi tên cho đúng, hoặc gộp hai dòng làm một.",
    advice_HOUSEHOLD_SIZE_UNUSUAL: "Nếu số dân và số hộ đều đúng thì bỏ qua cảnh báo này.",
    advice_TARGET_MISMATCH: "Phân bổ lại chỉ tiêu ở tab Tính toán, hoặc sửa chỉ tiêu của xã.",
    advice_LEGACY_ENCODING: "Nhấn “Chuyển sang Unicode” ở đầu ngăn tác vụ.",
    advice_TRANSITION_MISMATCH:
      "Đối chiếu số hộ thoát nghèo, tái nghèo, phát sinh của dòng này với sổ theo dõi rồi sửa số sai.",
    advice_SUBTOTAL_MISMATCH:
      "Đối chiếu các thôn, tổ của nhóm với dòng cộng của nhóm rồi sửa số sai.",
    advice_BREAKDOWN_EXCEEDS_PARENT:
      "Dòng “trong đó” chỉ là một phần của dòng trên nó: sửa số nhỏ lại, hoặc sửa dòng trên.",
    advice_RATE_SHOWN_AS_FRACTION: "Nhấn “Sửa tất cả” để định dạng cột theo %; số liệu không đổi.",
    fixAll: "Sửa tất cả",
    fixAllHint:
      "Sửa mọi ô có nút sửa của dòng số liệu: tính lại tỷ lệ, đổi số dạng chữ thành số, nhận số gợi ý. Dòng tổng không đổi: bạn tự chọn ở từng ô, vì số sai có thể ở một thôn.",
    highlight: "Tô màu các ô có vấn đề",
  },
  {
    checkHeading: "Check the data",
    runCheck: "Check",
    recheck: "Check again",
    targetComparedPoor:
      "The villages' planned cuts are compared with the commune target ({target}; set in Compute).",
    targetComparedNearPoor:
      "The villages' planned near-poor cuts are compared with the commune target ({target}).",
    targetInvalid: "Enter households (e.g. 10) or a percentage (e.g. 1.37%).",
    targetAbovePoor:
      "A target of {target} households is more than the commune's poor households ({limit}); enter a smaller one.",
    targetAboveNearPoor:
      "A target of {target} households is more than the commune's near-poor households ({limit}); enter a smaller one.",
    targetPoorLabel: "Commune poverty-reduction target (households or %)",
    targetNearPoorLabel: "Near-poor household target (households or %)",
    targetFormatHint: "Households (10) or a rate of all households (1.37%).",
    locksHint:
      "Type a cut for the villages to keep fixed, then press “Allocate again”; the rest of the target goes to the others.",
    lockLabel: "Fixed cut of {name}",
    reallocate: "Allocate again",
    lockInvalid: "A fixed cut must be a whole number, zero or more.",
    previousHeading: "Last year's figures",
    previousHint:
      "To write the whole “poverty reduction target” paragraph: type them or open last year's plan (.xlsx).",
    previousPoor: "Poor households last year",
    previousNearPoor: "Near-poor households last year",
    nearPoorNow: "Near-poor households this year (when the appendix has no near-poor column)",
    openPreviousPlan: "Open last year's plan",
    previousLoaded: "Took the {year} figures from “{file}”: {poor} poor households{near}.",
    previousLoadedNear: ", {nearPoor} near-poor",
    previousNoTable: "No appendix table found in “{file}”.",
    previousUnreadable: "Last year's plan “{file}” has unreadable figures ({cells}).",
    previousOpenFailed: "Could not open “{file}”. {detail}",
    countInvalid: "Enter a whole number, zero or more.",
    checkNotRun: "Not checked yet. Press “Check” to review every row and the totals row.",
    noIssues: "No problems found. The table is consistent.",
    issueSummary: (p) =>
      `${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}` +
      (p.recompute ? `, ${plural(p.recompute, "rate")} to compute again` : ""),
    issueListLabel: "Problems by row",
    rowGroup: "Row {row}",
    rowGroupUnit: "Row {row} · {name}",
    rowGroupUnitInGroup: "Row {row} · {name} · {group}",
    rowGroupSubtotal: "Row {row} · subtotal of {group}",
    severity_error: "Error",
    severity_warning: "Warning",
    goToCell: "Select cell {cell}",
    goToCellPrefix: "Select cell",
    fixOne: "Fix",
    fixOneLabel: "Fix cell {cell}",
    fixTo: "Change to {value}",
    fixTotalsTo: "Set the total to {value}",
    fixSubtotalTo: "Set the subtotal to {value}",
    fixToNumber: "Make it the number {value}",
    fixCellLabel: "Cell {cell}: {action}",
    rowGroupTotals: "Totals row (row {row})",
    consequencesLabel: "Caused by this",
    recomputeHeading: "Rates to compute again",
    recomputeHint:
      "The counts of these rows are fine; only the rates need computing again (Fix or Fix all).",
    advice_MISSING_VALUE: "Enter a number in this cell (0 when there are none).",
    advice_NOT_A_NUMBER: "Enter a number in this cell, without words.",
    advice_NUMBER_AS_TEXT:
      "Type the number again (without a leading apostrophe) so Excel adds it up.",
    advice_CELL_ERROR: "Correct the cell's formula, or type the number directly.",
    advice_NEGATIVE_VALUE: "Counts cannot be negative: enter the right number from the register.",
    advice_NOT_INTEGER: "Enter the whole number from the review list.",
    advice_POOR_EXCEEDS_HOUSEHOLDS:
      "Compare the village's poor, near-poor and total households with the review list and correct the wrong one.",
    advice_HOUSEHOLDS_EXCEED_POPULATION:
      "Compare the village's households and population and correct the wrong one.",
    advice_CUT_EXCEEDS_POOR:
      "Enter a cut no larger than the village's poor households, or allocate the target again in Compute.",
    advice_RATE_MISMATCH: "Correct this row's counts first; the rate can then be computed again.",
    advice_TOTAL_MISMATCH:
      "Correct this column's unreadable cells first; the total can then be computed again.",
    advice_TOTALS_ROW_MISSING: "Add a “Tổng cộng” row right below the villages.",
    advice_DUPLICATE_UNIT: "Correct the name, or merge the two rows into one.",
    advice_HOUSEHOLD_SIZE_UNUSUAL:
      "If the population and households are both right, ignore this warning.",
    advice_TARGET_MISMATCH: "Allocate the target again in Compute, or correct the commune target.",
    advice_LEGACY_ENCODING: "Press “Convert to Unicode” at the top of the pane.",
    advice_TRANSITION_MISMATCH:
      "Compare this row's exits, returns and new households with the register and correct the wrong one.",
    advice_SUBTOTAL_MISMATCH:
      "Compare the group's villages with the group's subtotal row and correct the wrong one.",
    advice_BREAKDOWN_EXCEEDS_PARENT:
      "An “of which” row is part of the row above it: lower it, or correct the row above.",
    advice_RATE_SHOWN_AS_FRACTION:
      "Press “Fix all” to give the column a % format; no number changes.",
    fixAll: "Fix all",
    fixAllHint:
      "Fix every data-row cell that has a fix button: recompute rates, turn numbers stored as text into numbers, accept suggested numbers. The totals row is left for you to choose cell by cell, since the mistake may be a village's.",
    highlight: "Highlight cells with problems",
  }
);
