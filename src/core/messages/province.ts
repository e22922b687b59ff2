import { defineMessages, translator } from "./define";

/** Province consolidation: the two generated sheets, the statuses and the reasons (CLI and pane share them). */
export const provinceMessages = defineMessages(
  {
    provinceSheetName: "Tổng hợp tỉnh",
    fileSheetName: "Tình trạng tệp",
    provinceTitle: "TỔNG HỢP KẾ HOẠCH GIẢM NGHÈO CÁC XÃ, PHƯỜNG",
    provincePlace: "tỉnh …",
    provinceNote:
      "Tổng hợp từ {files} tệp; {aggregated} xã, phường được cộng. Số liệu mỗi xã là tổng các thôn, tổ dân phố trong phụ lục của xã.",
    fileTitle: "TÌNH TRẠNG CÁC TỆP KẾ HOẠCH CỦA XÃ, PHƯỜNG",
    fileNote: "Tệp có lỗi vẫn được cộng; tệp không đọc được hoặc trùng xã không được cộng.",
    colIndex: "TT",
    colCommune: "Xã, phường",
    colPopulation: "Tổng dân số",
    colHouseholds: "Tổng số hộ",
    colPoor: "Số hộ nghèo",
    colPoorRate: "Tỷ lệ hộ nghèo (%)",
    colNearPoor: "Số hộ cận nghèo",
    colNearPoorRate: "Tỷ lệ hộ cận nghèo (%)",
    colPoorCut: "Số hộ giảm nghèo",
    colPoorCutRate: "Tỷ lệ giảm nghèo (%)",
    colProjectedPoorRate: "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
    colNearPoorCut: "Số hộ cận nghèo giảm",
    colTarget: "Chỉ tiêu tỉnh giao (hộ)",
    colStatus: "Tình trạng",
    colFile: "Tệp",
    colErrors: "Số lỗi",
    colWarnings: "Số cảnh báo",
    colProblem: "Vấn đề đầu tiên hoặc lý do",
    totalsRow: "Toàn tỉnh",
    status_ok: "Đạt",
    status_errors: "Có lỗi",
    status_unreadable: "Không đọc được",
    status_duplicate: "Trùng xã",
    statusWithErrors: "Có {errors} lỗi",
    noAppendix:
      "không tìm thấy bảng phụ lục giao chỉ tiêu giảm nghèo các thôn (đề nghị xã gửi lại tệp có phụ lục)",
    onlyTransitions:
      "tệp chỉ có bảng diễn biến hộ nghèo, không có phụ lục giao chỉ tiêu giảm nghèo các thôn",
    noCountColumns:
      "bảng phụ lục không có cột tổng số hộ hoặc số hộ nghèo nên không cộng được (bảng {table})",
    noUnits: "bảng phụ lục không có dòng thôn nào (bảng {table})",
    unexpected: "lỗi không mong đợi khi đọc tệp ({detail})",
    duplicateOf: "cùng xã với tệp “{file}” (đã cộng tệp đó)",
    issueAt: "ô {cell}: {message}",
    targetMismatch:
      "kế hoạch giảm {planned} hộ nghèo, khác chỉ tiêu tỉnh giao {target} hộ ({targetText})",
    targetNoCut:
      "phụ lục không có cột số hộ giảm nghèo để đối chiếu chỉ tiêu tỉnh giao {target} hộ",
    targetUnmatched:
      "Chỉ tiêu tỉnh giao cho “{name}” (dòng {row}) không khớp xã, phường nào trong các tệp.",
  },
  {
    provinceSheetName: "Province summary",
    fileSheetName: "File status",
    provinceTitle: "POVERTY-REDUCTION PLANS OF THE COMMUNES AND WARDS",
    provincePlace: "province …",
    provinceNote:
      "Consolidated from {files} files; {aggregated} communes and wards added up. Each commune's figures are the sums of the villages and residential groups in its appendix.",
    fileTitle: "STATE OF THE COMMUNES' PLAN FILES",
    fileNote: "Files with errors are still added up; unreadable files and duplicates are not.",
    colIndex: "No.",
    colCommune: "Commune, ward",
    colPopulation: "Population",
    colHouseholds: "Households",
    colPoor: "Poor households",
    colPoorRate: "Poverty rate (%)",
    colNearPoor: "Near-poor households",
    colNearPoorRate: "Near-poor rate (%)",
    colPoorCut: "Planned poor-household cut",
    colPoorCutRate: "Cut rate (%)",
    colProjectedPoorRate: "Projected year-end poverty rate (%)",
    colNearPoorCut: "Planned near-poor cut",
    colTarget: "Province target (households)",
    colStatus: "Status",
    colFile: "File",
    colErrors: "Errors",
    colWarnings: "Warnings",
    colProblem: "First problem or reason",
    totalsRow: "Whole province",
    status_ok: "OK",
    status_errors: "Errors",
    status_unreadable: "Unreadable",
    status_duplicate: "Duplicate commune",
    statusWithErrors: "{errors} errors",
    noAppendix:
      "no village poverty-reduction appendix table found (ask the commune to send the file with its appendix)",
    onlyTransitions: "the file has only a poverty transitions table, no village target appendix",
    noCountColumns:
      "the appendix has no households or poor-households column, so it cannot be added up (table {table})",
    noUnits: "the appendix has no village rows (table {table})",
    unexpected: "unexpected error while reading the file ({detail})",
    duplicateOf: "same commune as the file “{file}” (that file was added up)",
    issueAt: "cell {cell}: {message}",
    targetMismatch:
      "plans to cut {planned} poor households, not the province target of {target} ({targetText})",
    targetNoCut:
      "the appendix has no planned-cut column to compare with the province target of {target} households",
    targetUnmatched:
      "The province target for “{name}” (row {row}) matches no commune or ward in the files.",
  }
);

export type ProvinceMessageKey = keyof typeof provinceMessages.vi;
export const tProvince = translator(provinceMessages);
