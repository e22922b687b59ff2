import { defineMessages } from "./define";

/**
 * Host errors (Office.js workbook, .xlsx file). Keys are the `HostErrorCode`s of `src/core/model/hostError.ts`.
 * Sections append keys here; both languages must have every key (the type checks it).
 */
export const hostMessages = defineMessages(
  {
    SHEET_NOT_FOUND: "Không tìm thấy trang tính “{sheet}” trong sổ làm việc.",
    SHEET_EXISTS: "Trang tính “{sheet}” đã có trong sổ làm việc, không thể tạo trùng tên.",
    INVALID_ARGUMENT: "Excel từ chối thao tác vì dữ liệu ghi không hợp lệ ({detail}).",
    ACCESS_DENIED: "Excel không cho phép ghi: sổ làm việc hoặc trang tính đang được bảo vệ hoặc chỉ đọc.",
    CELL_EDIT_MODE: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    PAYLOAD_TOO_LARGE: "Lượng dữ liệu gửi sang Excel quá lớn cho một lần ghi. Hãy thử lại với vùng nhỏ hơn.",
    NOT_AVAILABLE: "Không kết nối được với Excel. Hãy mở trợ lý từ trong Excel.",
    SETTINGS_FAILED: "Không lưu được cài đặt vào sổ làm việc ({detail}).",
    GENERAL: "Excel báo lỗi khi thực hiện thao tác ({detail}). Hãy thử lại.",
  },
  {
    SHEET_NOT_FOUND: "Sheet “{sheet}” was not found in the workbook.",
    SHEET_EXISTS: "Sheet “{sheet}” already exists in the workbook; cannot create a duplicate.",
    INVALID_ARGUMENT: "Excel rejected the operation because the data written is invalid ({detail}).",
    ACCESS_DENIED: "Excel does not allow writing: the workbook or sheet is protected or read-only.",
    CELL_EDIT_MODE: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
    PAYLOAD_TOO_LARGE: "Too much data for one write to Excel. Try again with a smaller range.",
    NOT_AVAILABLE: "Cannot reach Excel. Open the assistant from inside Excel.",
    SETTINGS_FAILED: "Could not save the settings in the workbook ({detail}).",
    GENERAL: "Excel reported an error during the operation ({detail}). Please try again.",
  },
);

export type HostMessageKey = keyof typeof hostMessages.vi;
