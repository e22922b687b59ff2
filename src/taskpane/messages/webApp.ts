import { defineMessages } from "../../core";

/** The web app around the pane: opening, downloading, the grid view. */
export const webAppMessages = defineMessages(
  {
    webAppTitle: "Trợ lý Giảm nghèo trên trình duyệt",
    openFile: "Mở tệp .xlsx",
    download: "Tải xuống",
    currentFile: "Tệp: {name}",
    sampleFile: "Tệp mẫu: {name}. Bấm “Mở tệp .xlsx” để làm việc với tệp của xã.",
    downloadHint: "Lưu về máy thành “{name}” (tệp gốc không bị đổi).",
    openingFile: "Đang mở tệp…",
    openingNamed: "Đang mở tệp “{name}”…",
    editCellLabel: "Nhập vào ô {cell}",
    fileOpenFailed: "Không mở được tệp “{name}”. {detail}",
    sampleLoadFailed: "Không tải được tệp mẫu. {detail}",
    downloadFailed: "Không tạo được tệp để tải xuống. {detail}",
    sheetTabs: "Các trang tính",
    gridLabel: "Nội dung trang tính “{sheet}”",
    gridTruncated: "Chỉ hiển thị {rows} dòng × {cols} cột đầu tiên.",
    emptySheet: "Trang tính trống.",
    noWorkbook: "Chưa mở tệp nào.",
  },
  {
    webAppTitle: "Poverty Reduction Assistant in the browser",
    openFile: "Open .xlsx file",
    download: "Download",
    currentFile: "File: {name}",
    sampleFile: "Sample file: {name}. Click “Open .xlsx file” to work on your commune's file.",
    downloadHint: "Saves it as “{name}” (the original file is not changed).",
    openingFile: "Opening the file…",
    openingNamed: "Opening “{name}”…",
    editCellLabel: "Edit cell {cell}",
    fileOpenFailed: "Could not open “{name}”. {detail}",
    sampleLoadFailed: "Could not load the sample file. {detail}",
    downloadFailed: "Could not build the file to download. {detail}",
    sheetTabs: "Sheets",
    gridLabel: "Contents of sheet “{sheet}”",
    gridTruncated: "Showing only the first {rows} rows × {cols} columns.",
    emptySheet: "The sheet is empty.",
    noWorkbook: "No file is open.",
  }
);
