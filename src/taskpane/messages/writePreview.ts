import { defineMessages } from "../../core";
import { plural } from "./plural";

/** What a write will change, shown before it is made. */
export const writePreviewMessages = defineMessages(
  {
    previewHeading: "Xem trước thay đổi",
    previewSummary: "Sẽ thay đổi {cells} ô trên trang “{sheet}”.",
    previewSummaryMany: "Sẽ thay đổi {cells} ô trên {sheets} trang tính.",
    previewTextToNumber:
      "{n} ô đang lưu số dưới dạng chữ sẽ được đổi thành số (con số hiện ra không đổi, nhưng công thức tính được).",
    previewEscHint: "Nhấn Esc để hủy.",
    kind_textToNumber: "chữ → số",
    kind_formula: "công thức",
    kind_format: "định dạng",
    previewLabel: "Các ô sẽ được ghi",
    colCell: "Ô",
    colBefore: "Hiện tại",
    colAfter: "Sau khi ghi",
    previewMore: "… và {n} ô khác.",
    nothingToWrite: "Không có gì cần ghi: các ô đã đúng.",
    writeToTable: "Ghi vào bảng",
    cancel: "Hủy",
    emptyCell: "(trống)",
    action_fix: "Sửa tất cả",
    action_fixIssue: "Sửa ô",
    action_fillRates: "Điền tỷ lệ",
    action_allocate: "Phân bổ chỉ tiêu",
    action_unicode: "Chuyển sang Unicode",
    action_province: "Chèn tổng hợp tỉnh",
    legacyTitle: "Chữ viết bằng bảng mã cũ {encoding}",
    legacyBody:
      "{cells} ô trong sổ tính dùng bảng mã {encoding} (phông .VnTime, VNI-Times…). Trợ lý đã tự đọc chuyển mã; nên chuyển hẳn sang Unicode với phông Times New Roman để mọi máy đều hiển thị đúng.",
    legacyConvert: "Chuyển sang Unicode",
    legacyConvertHint: "Xem trước các ô sẽ đổi; chỉ ghi khi bạn đồng ý, và có thể hoàn tác.",
  },
  {
    previewHeading: "Preview changes",
    previewSummary: (p) => `${plural(p.cells, "cell")} will change on sheet “${p.sheet}”.`,
    previewSummaryMany: (p) => `${plural(p.cells, "cell")} will change on ${p.sheets} sheets.`,
    previewTextToNumber: (p) =>
      `${plural(p.n, "cell")} holding a number as text will become a number (it looks the same, but formulas can use it).`,
    previewEscHint: "Press Esc to cancel.",
    kind_textToNumber: "text → number",
    kind_formula: "formula",
    kind_format: "format",
    previewLabel: "Cells to be written",
    colCell: "Cell",
    colBefore: "Now",
    colAfter: "After writing",
    previewMore: "… and {n} more cells.",
    nothingToWrite: "Nothing to write: the cells are already right.",
    writeToTable: "Write to the table",
    cancel: "Cancel",
    emptyCell: "(empty)",
    action_fix: "Fix all",
    action_fixIssue: "Fix cell",
    action_fillRates: "Fill rates",
    action_allocate: "Allocate target",
    action_unicode: "Convert to Unicode",
    action_province: "Insert the province summary",
    legacyTitle: "Text in the old {encoding} encoding",
    legacyBody:
      "{cells} cells of the workbook use the {encoding} encoding (.VnTime, VNI-Times … fonts). The assistant reads them decoded; convert them to Unicode with the Times New Roman font so that every computer shows them right.",
    legacyConvert: "Convert to Unicode",
    legacyConvertHint:
      "Preview the cells that change; nothing is written until you confirm, and it can be undone.",
  }
);
