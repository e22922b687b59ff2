import { defineMessages, translator, type Lang, type MessageParams } from "./define";

/** English count with its noun: "1 household", "3 households". */
function en(n: MessageParams[string], word: string): string {
  return `${n} ${word}${String(n) === "1" ? "" : "s"}`;
}
import type { DimensionId, IndicatorId, StandardId } from "../standards/types";

/** Words of the summary / deprivation sheets, the narrative, the standards and the roster. */
export const summaryMessages = defineMessages(
  {
    // sheets
    summarySheetName: "Tổng hợp",
    deprivationSheetName: "Chỉ số thiếu hụt",
    summaryTitle: "TỔNG HỢP KẾT QUẢ GIẢM NGHÈO NĂM {year}",
    summaryTitleNoYear: "TỔNG HỢP KẾT QUẢ GIẢM NGHÈO",
    summarySource:
      "Số liệu liên kết bằng công thức tới trang {sheet}; sửa số liệu ở trang đó, trang này tự cập nhật.",
    colIndex: "TT",
    colUnit: "Thôn, tổ dân phố",
    colHouseholds: "Tổng số hộ",
    colPoor: "Số hộ nghèo",
    colPoorRate: "Tỷ lệ hộ nghèo (%)",
    colNearPoor: "Số hộ cận nghèo",
    colNearPoorRate: "Tỷ lệ hộ cận nghèo (%)",
    colMultiRate: "Tỷ lệ hộ nghèo và cận nghèo (%)",
    colPoorCut: "Số hộ giảm nghèo",
    colPoorCutRate: "Tỷ lệ giảm nghèo (%)",
    colProjectedPoor: "Dự kiến số hộ nghèo cuối năm",
    colProjectedPoorRate: "Dự kiến tỷ lệ hộ nghèo cuối năm (%)",
    colNearPoorCut: "Số hộ cận nghèo giảm",
    colProjectedNearPoorRate: "Dự kiến tỷ lệ hộ cận nghèo cuối năm (%)",
    colPrevPoor: "Số hộ nghèo năm {year}",
    colPrevPoorRate: "Tỷ lệ hộ nghèo năm {year} (%)",
    colChangeRate: "Thay đổi so với năm {year} (điểm %)",
    colPrevNearPoor: "Số hộ cận nghèo năm {year}",
    colPrevNearPoorRate: "Tỷ lệ hộ cận nghèo năm {year} (%)",
    communeRow: "Toàn xã",
    wardRow: "Toàn phường",
    placeCommune: "toàn xã",
    placeWard: "toàn phường",
    unitsVillage: "thôn",
    unitsGroup: "tổ dân phố",
    chartTitle: "Tỷ lệ hộ nghèo theo thôn: cuối năm trước và dự kiến cuối năm nay (%)",
    seriesStart: "Tỷ lệ hộ nghèo cuối năm trước (%)",
    seriesProjected: "Dự kiến cuối năm (%)",
    deprivationTitle: "CHỈ SỐ THIẾU HỤT DỊCH VỤ XÃ HỘI CƠ BẢN CỦA HỘ NGHÈO, HỘ CẬN NGHÈO",
    deprivationStandard: "Chuẩn nghèo: {standard}.",
    deprivationNote:
      "Nhập số hộ thiếu hụt ở các ô màu vàng; mục tiêu (%) là tỷ lệ hộ KHÔNG thiếu hụt cần đạt. Số hộ còn phải giải quyết = MAX(0, làm tròn lên(số hộ × mục tiêu / 100) − số hộ không thiếu hụt).",
    deprivationUnconfirmed:
      "(*) Tên hoặc điều kiện thiếu hụt của chỉ số chưa được xác nhận theo văn bản chính thức.",
    deprivationThresholdsNote:
      "Tên các chỉ số theo văn bản chính thức; ngưỡng thiếu hụt của từng chỉ số chưa được đối chiếu với văn bản gốc.",
    colDenominatorPoorNear: "Số hộ nghèo và cận nghèo",
    colDenominatorPoor: "Số hộ nghèo",
    blockCounts: "Số hộ thiếu hụt",
    blockRatesPoorNear: "Tỷ lệ thiếu hụt (% số hộ nghèo và cận nghèo)",
    blockRatesPoor: "Tỷ lệ thiếu hụt (% số hộ nghèo)",
    blockRemaining: "Số hộ còn phải giải quyết để đạt mục tiêu",
    targetRow: "Mục tiêu (% hộ không thiếu hụt)",
    validationPrompt: "Số nguyên từ 0 đến {max} (số hộ nghèo và cận nghèo của thôn).",
    validationError: "Số hộ thiếu hụt phải là số nguyên từ 0 đến {max}.",
    // standards
    standardName_ND07_2021: "Nghị định 07/2021/NĐ-CP (áp dụng năm 2022–2026)",
    standardName_ND351_2025: "Nghị định 351/2025/NĐ-CP (áp dụng năm 2027–2030)",
    unconfirmed_averageLines:
      "Chuẩn hộ có mức sống trung bình chưa được công bố trong nguồn đã kiểm tra; có thể nhập trong phần cài đặt.",
    unconfirmed_averageLinesSet:
      "Chuẩn hộ có mức sống trung bình đang dùng giá trị do cán bộ nhập (chưa xác nhận).",
    unconfirmed_nearPoorRule:
      "Tiêu chí hộ cận nghèo (thu nhập ≤ chuẩn và thiếu hụt dưới 3 chỉ số) chưa đối chiếu nguyên văn nghị định.",
    unconfirmed_indicatorNames: "Tên các chỉ số sau lấy theo dự thảo, chưa xác nhận: {names}.",
    unconfirmed_indicatorConditions:
      "Điều kiện thiếu hụt của từng chỉ số chưa đối chiếu với phụ lục chính thức.",
    unconfirmed_reviewYear2026:
      "Chưa rõ đợt rà soát cuối năm 2026 (lập danh sách năm 2027) đã áp dụng Nghị định 351/2025 hay chưa; hãy chọn chuẩn theo hướng dẫn của cấp trên.",
    incomeLine: "Chuẩn thu nhập: nông thôn {rural} đồng, thành thị {urban} đồng/người/tháng.",
    averageLine:
      "Mức sống trung bình: nông thôn đến {rural} đồng, thành thị đến {urban} đồng/người/tháng.",
    // narrative
    nTotal: "Tổng số hộ {place} là {households} hộ.",
    nPoor: "Số hộ nghèo {place} là {poor} hộ, chiếm tỷ lệ {rate}%.",
    nNearPoor: "Số hộ cận nghèo {place} là {nearPoor} hộ, chiếm tỷ lệ {rate}%.",
    nTargetYear:
      "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm {year} từ {from}% xuống còn {to}%, tương đương {cut} hộ, giảm {cutRate}%.",
    nTarget:
      "Phấn đấu giảm tỷ lệ hộ nghèo từ {from}% xuống còn {to}%, tương đương {cut} hộ, giảm {cutRate}%.",
    nNearTargetYear:
      "Phấn đấu giảm tỷ lệ hộ cận nghèo cuối năm {year} từ {from}% xuống còn {to}%, tương đương {cut} hộ, giảm {cutRate}%.",
    nNearTarget:
      "Phấn đấu giảm tỷ lệ hộ cận nghèo từ {from}% xuống còn {to}%, tương đương {cut} hộ, giảm {cutRate}%.",
    nUnits: "Chỉ tiêu giảm hộ nghèo giao cho các {units}: {list}.",
    nUnitItem: "{name}: {cut} hộ (giảm {rate}%)",
    nUnitsRest: "Các {units} còn lại ({names}) không giao chỉ tiêu giảm.",
    listSep: "; ",
    nameSep: ", ",
    // roster
    classPoor: "Hộ nghèo",
    classNearPoor: "Hộ cận nghèo",
    classAverage: "Hộ có mức sống trung bình",
    classNotPoor: "Hộ không nghèo",
    rosterNoHeader:
      "Không tìm thấy dòng tiêu đề danh sách hộ (cần cột thôn, thu nhập bình quân và các chỉ số thiếu hụt).",
    rosterMissingIndicators: "Danh sách hộ thiếu cột chỉ số: {names}.",
    rosterBadIncome: "Dòng {row}: thu nhập không đọc được ({value}).",
    rosterBadArea:
      "Dòng {row}: khu vực không rõ ({value}); cần “nông thôn” hoặc “thành thị/đô thị”.",
    rosterBadFlag: "Dòng {row}, cột {col}: chỉ số thiếu hụt phải là 0 hoặc 1 ({value}).",
    rosterNoUnit: "Dòng {row}: thiếu tên thôn.",
    rosterUnmatched: "Thôn trong danh sách hộ không có trong bảng phụ lục: {names}.",
    afLine: "Alkire–Foster (k = {k}/12): H = {h}%, A = {a}%, M0 = {m0}.",
    // CLI
    cliSynopsis: "giamngheo summary TỆP.xlsx -o KẾT_QUẢ.xlsx [--year NĂM] [--sheet TÊN]",
    cliSummary:
      "Thêm trang Tổng hợp (công thức liên kết tới phụ lục, biểu đồ) và trang Chỉ số thiếu hụt, in các câu văn cho kế hoạch.",
    cliOptYear:
      "  --year NĂM        năm kế hoạch (mặc định: năm ghi trong tiêu đề bảng); chọn chuẩn nghèo theo năm",
    cliSheetsAdded: "Đã thêm trang “{summary}” và “{deprivation}”. Chuẩn nghèo: {standard}.",
    cliNarrativeHeader: "Câu văn cho kế hoạch:",
    cliCopiedAsValues:
      "Các ô số lưu dạng văn bản được chép giá trị, không liên kết: {cells}. Chạy “giamngheo fix” trước để giữ liên kết.",
    cliNotWritten: "Không ghi tệp kết quả: bảng phụ lục còn ô không đọc được.",
    cliYearAssumed:
      "Không thấy năm kế hoạch trong tiêu đề bảng; dùng chuẩn nghèo của năm {year} (dùng --year để chọn).",
    cliChartNote:
      "Biểu đồ chỉ được vẽ khi chèn trang từ Excel (tệp .xlsx ghi từ dòng lệnh không chứa biểu đồ).",
    // pane
    uiNoTable: "Chưa có bảng phụ lục: hãy tìm bảng ở mục Bảng trước.",
    uiMissingColumns: "Bảng chưa có cột {columns}: hãy chọn cột ở mục Bảng; chưa thể tổng hợp.",
    uiUnreadable:
      "Bảng còn {count} ô số liệu không đọc được (xem mục Kiểm tra); chưa thể tổng hợp.",
    uiPlanYear: "Năm kế hoạch",
    uiStandard: "Chuẩn nghèo áp dụng",
    uiUnconfirmedTitle: "Giá trị chưa xác nhận",
    uiAverageRural: "Mức sống trung bình, nông thôn (đồng)",
    uiAverageUrban: "Mức sống trung bình, thành thị (đồng)",
    uiSaveSettings: "Lưu mức sống trung bình",
    uiSettingsSaved: "Đã lưu cài đặt chuẩn nghèo cho sổ làm việc này.",
    uiSettingsInvalid: "Mức sống trung bình phải lớn hơn chuẩn thu nhập nghèo.",
    uiSheetsHeading: "Chèn trang tổng hợp",
    uiInsertSummary: "Chèn trang Tổng hợp",
    uiInsertDeprivation: "Chèn trang Chỉ số thiếu hụt",
    uiTargetsHeading: "Mục tiêu theo chỉ số (% hộ không thiếu hụt)",
    uiTargetsHint:
      "Để trống nếu chưa có mục tiêu. Ví dụ của phường Phổ Minh năm 2024 (kế hoạch của địa phương, không phải quy định): BHYT 100, đi học 95, nước 80, nhà tiêu 70, viễn thông 85.",
    uiPresetTargets: "Điền ví dụ Phổ Minh",
    uiClearTargets: "Xóa mục tiêu",
    uiTargetInvalid: "Nhập số từ 0 đến 100.",
    uiInserted: "Đã chèn trang “{sheet}”. Có thể hoàn tác.",
    uiInsertedNoChart:
      "Đã chèn trang “{sheet}”, không có biểu đồ: biểu đồ chỉ được vẽ khi chèn trang từ trong Excel (mở tệp bằng Excel rồi chèn lại nếu cần). Có thể hoàn tác.",
    uiChartHeading: "Biểu đồ tỷ lệ hộ nghèo",
    uiNarrativeHeading: "Câu văn cho kế hoạch",
    uiCopy: "Sao chép",
    uiCopied: "Đã sao chép.",
    uiCopyFailed: "Không sao chép được; hãy chọn văn bản và nhấn Ctrl+C.",
    uiRosterHeading: "Danh sách hộ (không bắt buộc)",
    uiRosterSheet: "Trang danh sách hộ",
    uiRosterNone: "(không dùng)",
    uiClassify: "Phân loại hộ",
    uiClassifying: "Đang phân loại {done}/{total} hộ…",
    uiRosterResult:
      "{households} hộ: {poor} nghèo, {nearPoor} cận nghèo, {average} mức sống trung bình, {notPoor} không nghèo.",
    uiRosterProblems: "{count} dòng không đọc được, đã bỏ qua (ví dụ: {first}).",
    uiRosterMissingUnits: "Thôn trong bảng không có hộ nào trong danh sách (giữ nguyên): {names}.",
    uiWriteCounts: "Ghi số hộ nghèo, cận nghèo vào bảng phụ lục",
    uiCountsPreview: "Ô sẽ ghi",
    uiCountsWritten: "Đã ghi số hộ vào bảng phụ lục; hãy tính lại tỷ lệ ở mục Tính toán.",
    uiUseRosterCounts: "Số hộ thiếu hụt lấy từ danh sách hộ đã phân loại.",
    colCell: "Ô",
    colUnitShort: "Thôn",
    colFrom: "Hiện có",
    colTo: "Mới",
  },
  {
    summarySheetName: "Tổng hợp",
    deprivationSheetName: "Chỉ số thiếu hụt",
    summaryTitle: "POVERTY REDUCTION SUMMARY {year}",
    summaryTitleNoYear: "POVERTY REDUCTION SUMMARY",
    summarySource:
      "Figures are formulas linked to sheet {sheet}; edit them there and this sheet updates.",
    colIndex: "No.",
    colUnit: "Village / residential group",
    colHouseholds: "Households",
    colPoor: "Poor households",
    colPoorRate: "Poverty rate (%)",
    colNearPoor: "Near-poor households",
    colNearPoorRate: "Near-poverty rate (%)",
    colMultiRate: "Poor + near-poor rate (%)",
    colPoorCut: "Poor households to lift out",
    colPoorCutRate: "Cut rate (%)",
    colProjectedPoor: "Projected poor households at year end",
    colProjectedPoorRate: "Projected poverty rate at year end (%)",
    colNearPoorCut: "Near-poor households to lift out",
    colProjectedNearPoorRate: "Projected near-poverty rate at year end (%)",
    colPrevPoor: "Poor households {year}",
    colPrevPoorRate: "Poverty rate {year} (%)",
    colChangeRate: "Change against {year} (points)",
    colPrevNearPoor: "Near-poor households {year}",
    colPrevNearPoorRate: "Near-poverty rate {year} (%)",
    communeRow: "Whole commune",
    wardRow: "Whole ward",
    placeCommune: "commune",
    placeWard: "ward",
    unitsVillage: "villages",
    unitsGroup: "residential groups",
    chartTitle: "Poverty rate per village: end of last year and projected for this year (%)",
    seriesStart: "Poverty rate at the end of last year (%)",
    seriesProjected: "Projected at year end (%)",
    deprivationTitle: "BASIC SOCIAL SERVICE DEPRIVATIONS OF POOR AND NEAR-POOR HOUSEHOLDS",
    deprivationStandard: "Poverty standard: {standard}.",
    deprivationNote:
      "Enter deprived households in the yellow cells; the target (%) is the share of households NOT deprived to reach. Still to resolve = MAX(0, round up(households × target / 100) − households not deprived).",
    deprivationUnconfirmed:
      "(*) Indicator name or deprivation condition not confirmed from the official text.",
    deprivationThresholdsNote:
      "Indicator names follow the official text; each indicator's deprivation threshold is not yet checked against it.",
    colDenominatorPoorNear: "Poor and near-poor households",
    colDenominatorPoor: "Poor households",
    blockCounts: "Deprived households",
    blockRatesPoorNear: "Deprivation rate (% of poor and near-poor households)",
    blockRatesPoor: "Deprivation rate (% of poor households)",
    blockRemaining: "Households still to resolve to reach the target",
    targetRow: "Target (% not deprived)",
    validationPrompt: "Whole number from 0 to {max} (the village's poor and near-poor households).",
    validationError: "Deprived households must be a whole number from 0 to {max}.",
    standardName_ND07_2021: "Decree 07/2021/NĐ-CP (plan years 2022–2026)",
    standardName_ND351_2025: "Decree 351/2025/NĐ-CP (plan years 2027–2030)",
    unconfirmed_averageLines:
      "The average-living-standard line is not published in the sources checked; you can enter it in the settings.",
    unconfirmed_averageLinesSet:
      "The average-living-standard line uses the value you entered (unconfirmed).",
    unconfirmed_nearPoorRule:
      "The near-poor rule (income ≤ line and fewer than 3 deprivations) is not quoted verbatim from the decree.",
    unconfirmed_indicatorNames:
      "These indicator names follow the draft and are unconfirmed: {names}.",
    unconfirmed_indicatorConditions:
      "The deprivation condition of each indicator is not checked against the official annex.",
    unconfirmed_reviewYear2026:
      "It is unconfirmed whether the late-2026 review (for the 2027 lists) already uses Decree 351/2025; choose as instructed by your superiors.",
    incomeLine: "Income line: rural {rural} VND, urban {urban} VND per person per month.",
    averageLine:
      "Average living standard: rural up to {rural} VND, urban up to {urban} VND per person per month.",
    nTotal: "The {place} has {households} households.",
    nPoor: "The {place} has {poor} poor households, a rate of {rate}%.",
    nNearPoor: "The {place} has {nearPoor} near-poor households, a rate of {rate}%.",
    nTargetYear:
      "Aim to cut the poverty rate by the end of {year} from {from}% to {to}%, that is {cut} households, a cut of {cutRate}%.",
    nTarget:
      "Aim to cut the poverty rate from {from}% to {to}%, that is {cut} households, a cut of {cutRate}%.",
    nNearTargetYear:
      "Aim to cut the near-poverty rate by the end of {year} from {from}% to {to}%, that is {cut} households, a cut of {cutRate}%.",
    nNearTarget:
      "Aim to cut the near-poverty rate from {from}% to {to}%, that is {cut} households, a cut of {cutRate}%.",
    nUnits: "Targets for the {units}: {list}.",
    nUnitItem: (p) => `${p.name}: ${en(p.cut, "household")} (−${p.rate}%)`,
    nUnitsRest: "The other {units} ({names}) have no cut target.",
    listSep: "; ",
    nameSep: ", ",
    classPoor: "Poor",
    classNearPoor: "Near-poor",
    classAverage: "Average living standard",
    classNotPoor: "Not poor",
    rosterNoHeader:
      "No household-list header found (needs village, income per person and the deprivation indicators).",
    rosterMissingIndicators: "The household list lacks indicator columns: {names}.",
    rosterBadIncome: "Row {row}: income unreadable ({value}).",
    rosterBadArea: "Row {row}: unknown area ({value}); expected rural or urban.",
    rosterBadFlag: "Row {row}, column {col}: an indicator must be 0 or 1 ({value}).",
    rosterNoUnit: "Row {row}: village name missing.",
    rosterUnmatched: "Villages in the household list not found in the appendix: {names}.",
    afLine: "Alkire–Foster (k = {k}/12): H = {h}%, A = {a}%, M0 = {m0}.",
    cliSynopsis: "giamngheo summary FILE.xlsx -o OUT.xlsx [--year YEAR] [--sheet NAME]",
    cliSummary:
      "Add the summary sheet (formulas linked to the appendix, chart) and the deprivation sheet; print the plan's sentences.",
    cliOptYear:
      "  --year YEAR       plan year (default: the year in the table's headings); picks the poverty standard",
    cliSheetsAdded: "Added sheets “{summary}” and “{deprivation}”. Poverty standard: {standard}.",
    cliNarrativeHeader: "Sentences for the plan:",
    cliCopiedAsValues:
      "Numbers stored as text were copied as values, not linked: {cells}. Run “giamngheo fix” first to keep the link.",
    cliNotWritten: "Output not written: the appendix still has unreadable cells.",
    cliYearAssumed:
      "No plan year in the table's headings; using the poverty standard of {year} (choose with --year).",
    cliChartNote:
      "The chart is drawn only when the sheet is inserted from Excel (an .xlsx written by the command line has no chart).",
    uiNoTable: "No appendix table yet: find the table in the Table section first.",
    uiMissingColumns:
      "The table has no {columns} column: choose it in the Table section; cannot summarise yet.",
    uiUnreadable: (p) =>
      `The table still has ${en(p.count, "unreadable figure")} (see Check); cannot summarise yet.`,
    uiPlanYear: "Plan year",
    uiStandard: "Poverty standard",
    uiUnconfirmedTitle: "Unconfirmed values",
    uiAverageRural: "Average living standard, rural (VND)",
    uiAverageUrban: "Average living standard, urban (VND)",
    uiSaveSettings: "Save average living standard",
    uiSettingsSaved: "Poverty-standard settings saved for this workbook.",
    uiSettingsInvalid: "The average living standard must be above the poverty income line.",
    uiSheetsHeading: "Insert summary sheets",
    uiInsertSummary: "Insert summary sheet",
    uiInsertDeprivation: "Insert deprivation sheet",
    uiTargetsHeading: "Targets per indicator (% not deprived)",
    uiTargetsHint:
      "Leave blank when there is no target. Phổ Minh ward's 2024 plan (a local plan, not law): health insurance 100, school 95, water 80, latrine 70, telecom 85.",
    uiPresetTargets: "Fill Phổ Minh example",
    uiClearTargets: "Clear targets",
    uiTargetInvalid: "Enter a number from 0 to 100.",
    uiInserted: "Inserted sheet “{sheet}”. You can undo it.",
    uiInsertedNoChart:
      "Inserted sheet “{sheet}”, without its chart: charts are drawn only when the sheet is inserted from within Excel (open the file in Excel and insert it again if needed). You can undo it.",
    uiChartHeading: "Poverty rate chart",
    uiNarrativeHeading: "Sentences for the plan",
    uiCopy: "Copy",
    uiCopied: "Copied.",
    uiCopyFailed: "Could not copy; select the text and press Ctrl+C.",
    uiRosterHeading: "Household list (optional)",
    uiRosterSheet: "Household list sheet",
    uiRosterNone: "(none)",
    uiClassify: "Classify households",
    uiClassifying: (p) => `Classifying ${p.done}/${en(p.total, "household")}…`,
    uiRosterResult: (p) =>
      `${en(p.households, "household")}: ${p.poor} poor, ${p.nearPoor} near-poor, ${p.average} average living standard, ${p.notPoor} not poor.`,
    uiRosterProblems: (p) => `${en(p.count, "row")} unreadable and skipped (e.g. ${p.first}).`,
    uiRosterMissingUnits:
      "Villages of the table with no household in the list (left unchanged): {names}.",
    uiWriteCounts: "Write poor and near-poor counts into the appendix",
    uiCountsPreview: "Cells to write",
    uiCountsWritten: "Counts written into the appendix; recompute the rates in Compute.",
    uiUseRosterCounts: "Deprived households come from the classified household list.",
    colCell: "Cell",
    colUnitShort: "Village",
    colFrom: "Now",
    colTo: "New",
  }
);

export type SummaryMessageKey = keyof (typeof summaryMessages)["vi"];
export const tSummary = translator(summaryMessages);

/** Indicator names in the decree's words, with a short form for narrow headers. */
export const indicatorNames: Readonly<Record<Lang, Readonly<Record<IndicatorId, string>>>> = {
  vi: {
    employment: "Việc làm",
    dependents: "Người phụ thuộc trong hộ gia đình",
    nutrition: "Dinh dưỡng",
    healthInsurance: "Bảo hiểm y tế",
    adultEducation: "Trình độ giáo dục của người lớn",
    childSchoolAttendance: "Tình trạng đi học của trẻ em",
    housingQuality: "Chất lượng nhà ở",
    housingArea: "Diện tích nhà ở bình quân đầu người",
    cleanWater: "Nguồn nước sinh hoạt",
    hygienicToilet: "Nhà tiêu hợp vệ sinh",
    telecommunication: "Sử dụng dịch vụ viễn thông",
    informationAccessAssets: "Phương tiện phục vụ tiếp cận thông tin",
    digitalServices: "Sử dụng dịch vụ viễn thông, dịch vụ số",
    wasteHandling: "Xử lý rác thải sinh hoạt",
  },
  en: {
    employment: "Employment",
    dependents: "Dependants in the household",
    nutrition: "Nutrition",
    healthInsurance: "Health insurance",
    adultEducation: "Adult education",
    childSchoolAttendance: "Children's school attendance",
    housingQuality: "Housing quality",
    housingArea: "Housing area per person",
    cleanWater: "Domestic water source",
    hygienicToilet: "Hygienic latrine",
    telecommunication: "Use of telecom services",
    informationAccessAssets: "Means of accessing information",
    digitalServices: "Use of telecom and digital services",
    wasteHandling: "Household waste handling",
  },
};

export const dimensionNames: Readonly<Record<Lang, Readonly<Record<DimensionId, string>>>> = {
  vi: {
    employment: "Việc làm",
    health: "Y tế",
    education: "Giáo dục",
    housing: "Nhà ở",
    waterSanitation: "Nước sinh hoạt và vệ sinh",
    information: "Thông tin",
  },
  en: {
    employment: "Employment",
    health: "Health",
    education: "Education",
    housing: "Housing",
    waterSanitation: "Water and sanitation",
    information: "Information",
  },
};

export function standardName(lang: Lang, id: StandardId): string {
  return tSummary(lang, id === "ND07_2021" ? "standardName_ND07_2021" : "standardName_ND351_2025");
}
