import { defineMessages } from "./define";

/** The self-test (pane "Tự kiểm tra", `giamngheo selftest`): scenario names, verdicts, report lines. */
export const selfTestMessages = defineMessages(
  {
    read: "Đọc trang tính",
    write: "Ghi ô (chữ, số, công thức)",
    undo: "Hoàn tác",
    highlight: "Tô màu ô có lỗi",
    select: "Chọn ô",
    merges: "Ô gộp",
    table: "Bảng trong Excel Table",
    marker: "Đánh dấu trang tính do trợ lý tạo",
    cleanup: "Xóa trang tính tạm",
    "undo-keeps-later-edit": "Hoàn tác giữ ô cán bộ sửa sau khi ghi",
    "undo-after-row-insert": "Hoàn tác sau khi chèn dòng",
    "undo-after-rename": "Hoàn tác sau khi đổi tên trang",
    "undo-edited-generated-sheet":
      "Hoàn tác trang do trợ lý tạo đã được nhập thêm (hỏi trước khi xóa)",
    "undo-in-excel-table": "Hoàn tác trong Excel Table",
    passed: "{name}: đạt",
    failed: "{name}: lỗi — {detail}",
    header: "Tự kiểm tra trên {host} ({platform} {version})",
    requirementSets: "Bộ API hỗ trợ: {sets}",
    noRequirementSets: "Bộ API hỗ trợ: không áp dụng",
    summary: "{passed}/{total} mục đạt",
    sheetTitle: "Trang tự kiểm tra của trợ lý — sẽ tự xóa",
    unexpected: "kết quả khác mong đợi ở {what}",
    stillThere: "trang tạm “{sheet}” vẫn còn",
  },
  {
    read: "Read a sheet",
    write: "Write cells (text, number, formula)",
    undo: "Undo",
    highlight: "Highlight cells with issues",
    select: "Select a cell",
    merges: "Merged cells",
    table: "Table inside an Excel Table",
    marker: "Mark the sheets the assistant creates",
    cleanup: "Remove the temporary sheet",
    "undo-keeps-later-edit": "Undo keeps a cell edited after the write",
    "undo-after-row-insert": "Undo after a row was inserted",
    "undo-after-rename": "Undo after the sheet was renamed",
    "undo-edited-generated-sheet": "Undo of a generated sheet typed into (asks before deleting)",
    "undo-in-excel-table": "Undo inside an Excel Table",
    passed: "{name}: passed",
    failed: "{name}: failed — {detail}",
    header: "Self-test on {host} ({platform} {version})",
    requirementSets: "API sets supported: {sets}",
    noRequirementSets: "API sets supported: not applicable",
    summary: "{passed}/{total} passed",
    sheetTitle: "The assistant's self-test sheet — removed automatically",
    unexpected: "unexpected result at {what}",
    stillThere: "temporary sheet “{sheet}” is still there",
  }
);

export type SelfTestMessageKey = keyof typeof selfTestMessages.vi;
