import { defineMessages } from "../../core";
import { plural } from "./plural";

/** The status line (read out by screen readers) and undo. */
export const statusMessages = defineMessages(
  {
    statusReady: "Sẵn sàng.",
    statusChecked: "Kiểm tra xong: {counts}.",
    statusWritten: "Đã xong: {what}. Có thể hoàn tác.",
    excelWaiting:
      "Excel chưa nhận lệnh ghi: có thể Excel đang bận hoặc một ô đang được sửa — hãy nhấn Enter hoặc Esc trong ô đó. Trợ lý vẫn chờ và sẽ ghi ngay khi Excel sẵn sàng.",
    statusUndone: "Đã hoàn tác thay đổi gần nhất.",
    statusUndoneWhat: "Đã hoàn tác: {what}.",
    writeLabel: "{action} ({cells} ô)",
    undoWhat: "Hoàn tác: {what}",
    statusLiveOne: "Đã kiểm tra lại sau khi sửa ô {cell}: {counts}.",
    statusLiveMany: "Đã kiểm tra lại sau {n} thay đổi: {counts}.",
    statusPreviewStale:
      "Bảng vừa được sửa nên bản xem trước đã được bỏ. Đã kiểm tra lại: {counts}.",
    liveWatching: "Kiểm tra khi sửa: sửa ô nào trong bảng, trợ lý kiểm tra lại ngay.",
    livePending: "Đang chờ bạn sửa xong để kiểm tra lại…",
    statusUndoNothing: "Không còn thay đổi nào để hoàn tác.",
    statusSelected: "Đã chọn ô {cell}.",
    statusHighlightOn: "Đã tô màu {n} ô có vấn đề.",
    statusHighlightOff: "Đã bỏ tô màu.",
    statusCancelled: "Đã hủy, không ghi gì vào bảng.",
    statusPreviewReady:
      "Xem trước: {cells} ô sẽ thay đổi. Xem lại rồi nhấn “Ghi vào bảng”, hoặc Esc để hủy.",
    summaryExists: "Sổ làm việc đã có trang “{sheet}”. Chèn thêm một trang mới tên “{next}”?",
    summaryInsertAnother: "Chèn thêm",
    summaryInsertedLabel: "Chèn trang “{sheet}”",
    countsWrittenLabel: "Ghi số hộ từ danh sách hộ ({cells} ô)",
    afSummary: "Chỉ số nghèo đa chiều (nâng cao)",
    afExplain:
      "H: tỷ lệ hộ thiếu hụt từ {k}/12 chỉ số trở lên. A: trung bình các hộ đó thiếu hụt bao nhiêu phần trăm số chỉ số. M0 = H × A (phương pháp Alkire–Foster, dùng để so sánh giữa các năm).",
    standardOption: "Nghị định {decree} ({from}–{to})",
    standardFold: "Chuẩn nghèo năm {year}: {standard}",
    unconfirmedNote: "Cần lưu ý (chưa đối chiếu được với văn bản gốc):",
    indicatorsNote:
      "Tên 12 chỉ số theo Nghị định 07/2021/NĐ-CP đã được xác nhận; ngưỡng thiếu hụt của từng chỉ số chưa đối chiếu được với văn bản gốc.",
  },
  {
    statusReady: "Ready.",
    statusChecked: "Check finished: {counts}.",
    statusWritten: "Done: {what}. You can undo this.",
    excelWaiting:
      "Excel has not taken the write yet: it may be busy, or a cell is being edited — press Enter or Esc in that cell. The assistant keeps waiting and writes as soon as Excel is ready.",
    statusUndone: "Undid the last change.",
    statusUndoneWhat: "Undone: {what}.",
    writeLabel: (p) => `${p.action} (${plural(p.cells, "cell")})`,
    undoWhat: "Undo: {what}",
    statusLiveOne: "Checked again after cell {cell} changed: {counts}.",
    statusLiveMany: (p) => `Checked again after ${plural(p.n, "change")}: ${p.counts}.`,
    statusPreviewStale:
      "The table was edited, so the preview was dropped. Checked again: {counts}.",
    liveWatching: "Live check: edit any cell of the table and the assistant checks again.",
    livePending: "Waiting for you to finish editing, then checking again…",
    statusUndoNothing: "There is nothing left to undo.",
    statusSelected: "Selected cell {cell}.",
    statusHighlightOn: (p) => `Highlighted ${plural(p.n, "cell")} with problems.`,
    statusHighlightOff: "Highlight removed.",
    statusCancelled: "Cancelled; nothing was written.",
    statusPreviewReady: (p) =>
      `Preview: ${plural(p.cells, "cell")} will change. Review, then press “Write to the table”, or Esc to cancel.`,
    summaryExists: "The workbook already has sheet “{sheet}”. Insert another one named “{next}”?",
    summaryInsertAnother: "Insert another",
    summaryInsertedLabel: "Insert sheet “{sheet}”",
    countsWrittenLabel: (p) => `Write counts from the household list (${plural(p.cells, "cell")})`,
    afSummary: "Multidimensional poverty index (advanced)",
    afExplain:
      "H: share of households deprived in {k}/12 indicators or more. A: on average, the share of indicators those households lack. M0 = H × A (the Alkire–Foster method, for comparing years).",
    standardOption: "Decree {decree} ({from}–{to})",
    standardFold: "Poverty standard for {year}: {standard}",
    unconfirmedNote: "Please note (not yet checked against the official text):",
    indicatorsNote:
      "The names of the 12 indicators of Decree 07/2021/NĐ-CP are confirmed; each indicator's deprivation threshold is not yet checked against the official text.",
  }
);
