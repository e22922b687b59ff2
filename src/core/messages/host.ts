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
    ACCESS_DENIED:
      "Excel không cho phép ghi: sổ làm việc hoặc trang tính đang được bảo vệ hoặc chỉ đọc.",
    CELL_EDIT_MODE:
      "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
    PAYLOAD_TOO_LARGE:
      "Lượng dữ liệu trao đổi với Excel quá lớn cho một lần đọc hoặc ghi. Hãy thử lại với vùng nhỏ hơn.",
    NOT_AVAILABLE: "Không kết nối được với Excel. Hãy mở trợ lý từ trong Excel.",
    SETTINGS_FAILED: "Không lưu được cài đặt vào sổ làm việc ({detail}).",
    GENERAL: "Excel báo lỗi khi thực hiện thao tác ({detail}). Hãy thử lại.",
    INVALID_OPERATION:
      "Excel chưa cho thực hiện thao tác lúc này, thường vì một ô đang được sửa. Hãy nhấn Enter hoặc Esc để thoát khỏi ô rồi thử lại ({detail}).",
    OPERATION_REFUSED:
      "Excel không cho thực hiện thao tác này ({detail}): có thể trang tính có mảng động (spill), bảng hoặc vùng đang được khóa. Hãy kiểm tra rồi thử lại; nếu vẫn lỗi, hãy chạy Tự kiểm tra.",
    TIMEOUT:
      "Excel không trả lời sau {seconds} giây (mạng chậm, sổ rất lớn, hoặc một ô đang được sửa). Hãy kiểm tra sổ làm việc rồi thử lại.",
    FILE_NOT_FOUND: "Không tìm thấy tệp “{file}”.",
    FILE_UNREADABLE: "Không đọc được tệp “{file}” ({detail}).",
    NOT_XLSX: "Tệp “{file}” không phải sổ làm việc Excel .xlsx.",
    OPEN_DOCUMENT:
      "Tệp “{file}” là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), trợ lý chưa đọc được. Hãy mở tệp bằng LibreOffice Calc hoặc Excel, chọn Lưu thành… › Excel 2007-365 (.xlsx), rồi mở tệp .xlsx đó.",
    ENCRYPTED_OR_XLS:
      "Tệp “{file}” là sổ làm việc có đặt mật khẩu hoặc định dạng Excel cũ (.xls). Hãy bỏ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi thử lại.",
    CORRUPT:
      "Tệp “{file}” bị hỏng hoặc không đầy đủ (không phải gói .xlsx hợp lệ: {detail}), không mở được. Hãy mở tệp bằng Excel để kiểm tra, hoặc tải/chép lại tệp từ bản gốc rồi thử lại.",
    EMPTY_WORKBOOK: "Sổ làm việc “{file}” không có trang tính nào.",
    UNREADABLE_CONTENT:
      "Tệp “{file}” là sổ làm việc Excel hợp lệ nhưng có một phần nội dung trợ lý chưa đọc được (chi tiết kỹ thuật: {detail}). Hãy mở tệp trong Excel, chọn Tệp › Lưu như › Sổ làm việc Excel (*.xlsx) rồi mở tệp mới lưu; nếu vẫn không được, hãy gửi tệp cho bộ phận hỗ trợ.",
    WRITE_FAILED: "Không ghi được tệp “{file}” ({detail}).",
    SPILL_RANGE:
      "Ô {cells} trên trang “{sheet}” thuộc vùng tràn của công thức mảng ở {anchors}: ghi vào đó sẽ làm công thức này báo lỗi #SPILL!, nên trợ lý chưa ghi gì. Hãy chuyển công thức ở {anchors} sang chỗ khác (hoặc thay bằng công thức cho từng ô) rồi ghi lại.",
  },
  {
    SHEET_NOT_FOUND: "Sheet “{sheet}” was not found in the workbook.",
    SHEET_EXISTS: "Sheet “{sheet}” already exists in the workbook; cannot create a duplicate.",
    INVALID_ARGUMENT:
      "Excel rejected the operation because the data written is invalid ({detail}).",
    ACCESS_DENIED: "Excel does not allow writing: the workbook or sheet is protected or read-only.",
    CELL_EDIT_MODE:
      "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
    PAYLOAD_TOO_LARGE:
      "Too much data for one read or write with Excel. Try again with a smaller range.",
    NOT_AVAILABLE: "Cannot reach Excel. Open the assistant from inside Excel.",
    SETTINGS_FAILED: "Could not save the settings in the workbook ({detail}).",
    GENERAL: "Excel reported an error during the operation ({detail}). Please try again.",
    INVALID_OPERATION:
      "Excel does not allow the operation right now, usually because a cell is being edited. Press Enter or Esc to leave the cell, then try again ({detail}).",
    OPERATION_REFUSED:
      "Excel refused the operation ({detail}): the sheet may hold a dynamic array (spill), a table or a locked area. Check it, then try again; if it still fails, run the self-test.",
    TIMEOUT:
      "Excel did not answer within {seconds} seconds (slow network, a very large workbook, or a cell being edited). Check the workbook, then try again.",
    FILE_NOT_FOUND: "File “{file}” not found.",
    FILE_UNREADABLE: "Cannot read file “{file}” ({detail}).",
    NOT_XLSX: "File “{file}” is not an Excel .xlsx workbook.",
    OPEN_DOCUMENT:
      "File “{file}” is an OpenDocument spreadsheet (.ods, from LibreOffice/OpenOffice), which the assistant cannot read. Open it in LibreOffice Calc or Excel, choose Save As… › Excel 2007-365 (.xlsx), then open that .xlsx file.",
    ENCRYPTED_OR_XLS:
      "File “{file}” is a password-protected workbook or an old Excel (.xls) file. Remove the password or save it as .xlsx, then try again.",
    CORRUPT:
      "File “{file}” is damaged or incomplete (not a valid .xlsx package: {detail}) and cannot be opened. Open it in Excel to check it, or download/copy it again from the original, then try again.",
    EMPTY_WORKBOOK: "Workbook “{file}” has no worksheets.",
    UNREADABLE_CONTENT:
      "File “{file}” is a valid Excel workbook, but part of its content cannot be read by the assistant (technical detail: {detail}). Open it in Excel, choose File › Save As › Excel Workbook (*.xlsx), then open the newly saved file; if that does not help, send the file to your support contact.",
    WRITE_FAILED: "Cannot write file “{file}” ({detail}).",
    SPILL_RANGE:
      "Cell {cells} on sheet “{sheet}” is in the spill range of the array formula in {anchors}: writing there would make that formula show #SPILL!, so nothing was written. Move the formula in {anchors} elsewhere (or use one formula per cell), then write again.",
  }
);

export type HostMessageKey = keyof typeof hostMessages.vi;
