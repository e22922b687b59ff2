import { defineMessages } from "./define";

/** What undo did, in the words the pane and the CLI show (`formatUndoResult`). */
export const undoMessages = defineMessages(
  {
    nothing: "Không có thao tác nào để hoàn tác.",
    restored: "Đã hoàn tác {what}: khôi phục {count} ô.",
    restoredNoCells: "Đã hoàn tác {what}.",
    keptEdited: "Giữ nguyên {count} ô đã sửa sau khi ghi: {cells}.",
    keptLost:
      "Không hoàn tác {count} ô vì không tìm lại được dòng của chúng (dòng đã bị chèn, xóa hoặc sắp xếp lại): {cells}. Hãy kiểm tra các ô này.",
    keptTable:
      "Không đặt lại công thức cũ vào {count} ô trong Excel Table (Excel sẽ điền công thức xuống cả cột): {cells}. Hãy nhập lại nếu cần.",
    deleted: "Đã xóa trang tính do trợ lý tạo: {sheets}.",
    partialWrite: "Lần ghi này đã dừng giữa chừng; chỉ phần đã ghi được hoàn tác.",
    refusedAllKept:
      "Không hoàn tác {what}: mọi ô trợ lý đã ghi đều đã được sửa hoặc di chuyển sau đó.",
    refusedSheetGone:
      "Không hoàn tác {what}: trang tính đã ghi không còn trong sổ làm việc. Không có ô nào bị thay đổi.",
    confirm:
      "Trang “{sheet}” do trợ lý tạo đã được nhập thêm dữ liệu ({cells}). Hoàn tác sẽ xóa cả trang này cùng dữ liệu đó. Bấm Hoàn tác lần nữa để xóa, hoặc sao chép dữ liệu cần giữ trước.",
    more: "{cells} và {count} ô khác",
  },
  {
    nothing: "There is nothing to undo.",
    restored: "Undid {what}: {count} cells restored.",
    restoredNoCells: "Undid {what}.",
    keptEdited: "Kept {count} cells edited after the write: {cells}.",
    keptLost:
      "Did not undo {count} cells whose rows could not be found again (rows were inserted, deleted or sorted): {cells}. Please check these cells.",
    keptTable:
      "Did not put the old formula back into {count} cells of an Excel Table (Excel would fill it down the whole column): {cells}. Re-enter it if needed.",
    deleted: "Deleted the sheets the assistant created: {sheets}.",
    partialWrite: "This write had stopped part-way; only what was written was undone.",
    refusedAllKept:
      "Did not undo {what}: every cell the assistant wrote was edited or moved since.",
    refusedSheetGone:
      "Did not undo {what}: the sheet written is no longer in the workbook. No cell was changed.",
    confirm:
      "The sheet “{sheet}” the assistant created has been typed into ({cells}). Undo would delete the sheet with that data. Press Undo again to delete it, or copy what you need first.",
    more: "{cells} and {count} more",
  }
);
