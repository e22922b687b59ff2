import { defineMessages, translator } from "../../core";

/**
 * Words of the "Tổng hợp nhiều xã" tab (the province's consolidation). A section of its own beside messages.ts;
 * the sheets' and statuses' words are the engine's (`provinceMessages` in src/core/messages/province.ts).
 */
export const provinceUiMessages = defineMessages(
  {
    intro:
      "Chọn các tệp kế hoạch (.xlsx) của các xã, phường: mỗi tệp được đọc và kiểm tra riêng, rồi chèn hai trang “Tổng hợp tỉnh” và “Tình trạng tệp” vào sổ đang mở.",
    chooseFiles: "Chọn tệp của các xã…",
    chooseTargets: "Sổ chỉ tiêu tỉnh giao (không bắt buộc)…",
    reading: "Đang đọc tệp {done}/{total}: {file}",
    readDone: "Đã đọc {files} tệp: {aggregated} xã, phường được cộng.",
    counts: "{ok} đạt · {errors} có lỗi · {unreadable} không đọc được · {duplicate} trùng xã",
    targetsLoaded: "Chỉ tiêu tỉnh giao: {count} xã, phường từ “{file}”.",
    targetsNone:
      "Tệp “{file}” không có danh sách xã, phường kèm chỉ tiêu (cần cột xã, phường và cột chỉ tiêu số hộ hoặc tỷ lệ %).",
    targetsUnmatched: "Chỉ tiêu cho {names} không khớp tệp nào.",
    insert: "Chèn hai trang tổng hợp",
    inserted: "Đã chèn “{province}” và “{files}”; nhấn Hoàn tác để gỡ.",
    insertedLabel: "Chèn tổng hợp tỉnh",
    fileList: "Các tệp đã chọn",
    waiting: "Chờ đọc",
    readingOne: "Đang đọc",
    jump: "Xem",
    jumpLabel: "Xem vấn đề của {name} trên trang tình trạng tệp",
    selected: "Đã chọn ô {cell} trên trang “{sheet}”.",
    filesError: "Không đọc được tệp đã chọn ({detail}).",
  },
  {
    intro:
      "Choose the communes' plan files (.xlsx): each is read and checked on its own, then the sheets “Province summary” and “File status” are inserted into the open workbook.",
    chooseFiles: "Choose the communes' files…",
    chooseTargets: "Province targets workbook (optional)…",
    reading: "Reading file {done}/{total}: {file}",
    readDone: "Read {files} files: {aggregated} communes added up.",
    counts: "{ok} OK · {errors} with errors · {unreadable} unreadable · {duplicate} duplicates",
    targetsLoaded: "Province targets: {count} communes from “{file}”.",
    targetsNone:
      "“{file}” has no list of communes with targets (it needs a commune column and a target column of households or a rate %).",
    targetsUnmatched: "Targets for {names} match no file.",
    insert: "Insert both summary sheets",
    inserted: "Inserted “{province}” and “{files}”; press Undo to remove them.",
    insertedLabel: "Insert the province summary",
    fileList: "Files chosen",
    waiting: "Waiting",
    readingOne: "Reading",
    jump: "Show",
    jumpLabel: "Show the problem of {name} on the file status sheet",
    selected: "Selected cell {cell} on the sheet “{sheet}”.",
    filesError: "Cannot read the chosen file ({detail}).",
  }
);

export type ProvinceUiKey = keyof typeof provinceUiMessages.vi;
export const provinceText = translator(provinceUiMessages);
