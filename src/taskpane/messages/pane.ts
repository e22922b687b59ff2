import { defineMessages } from "../../core";

/** The pane's frame: its name, tabs, help and the how-to, words shared by every tab. */
export const paneMessages = defineMessages(
  {
    appTitle: "Trợ lý Giảm nghèo",
    langSwitch: "English",
    sections: "Các phần của trợ lý",
    tabTable: "Bảng",
    tabCheck: "Kiểm tra",
    tabCompute: "Tính toán",
    tabSummary: "Tổng hợp",
    provinceArea: "Tổng hợp nhiều xã",
    moreSections: "Các phần khác",
    sectionLoading: "Đang tải phần này…",
    sectionLoadFailedTitle: "Chưa tải được phần này",
    sectionLoadFailed:
      "Mạng bị ngắt khi trợ lý tải phần này. Kiểm tra kết nối rồi bấm Thử lại; số liệu của bạn không bị ảnh hưởng.",
    previewValuesInTable:
      "{n} ô nằm trong một Excel Table: trợ lý ghi giá trị thay cho công thức, vì Excel sẽ chép công thức xuống cả cột của bảng.",
    helpArea: "Giới thiệu và hỗ trợ",
    howToHeading: "Cách dùng",
    narrativeBoxLabel: "Đoạn văn cho mục 2.1 của kế hoạch (chép vào văn bản):",
    howToCheck: "Kiểm tra: mở tab Kiểm tra, nhấn Kiểm tra; trợ lý liệt kê từng ô sai theo dòng.",
    howToFix:
      "Sửa: nhấn nút sửa bên cạnh một ô (hoặc Sửa tất cả); ô không tự sửa được có lời khuyên. Mọi thay đổi đều hoàn tác được.",
    howToAllocate:
      "Phân bổ: ở tab Tính toán, nhập chỉ tiêu của xã, xem trước số hộ giảm của từng thôn rồi ghi vào bảng.",
    howToSummary: "Tổng hợp: chèn trang tổng hợp, chỉ số thiếu hụt và lấy đoạn văn cho kế hoạch.",
    selfTest: "Tự kiểm tra",
    contactGeneric:
      "Cần giúp đỡ, hãy liên hệ bộ phận công nghệ thông tin đã cài Trợ lý cho đơn vị.",
    contactWith: "Cần giúp đỡ, hãy liên hệ {unit}",
    contactPhone: "điện thoại",
    contactEmail: "thư điện tử",
    selfTestHint:
      "Kiểm tra trợ lý làm việc đúng với Excel này: dùng một trang tính tạm rồi tự xóa, không đụng đến số liệu của bạn. Lưu ý: việc đổi tên và xóa trang tạm làm Excel xóa lịch sử Ctrl+Z (Hoàn tác của Excel) của bạn.",
    selfTestRunning: "Đang tự kiểm tra…",
    selfTestReport: "Báo cáo tự kiểm tra",
    copyReport: "Sao chép báo cáo",
    reportCopied: "Đã sao chép báo cáo.",
    undo: "Hoàn tác",
    undoLabel: "Hoàn tác thay đổi gần nhất (còn {n} bước)",
    undoNothing: "Chưa có thay đổi nào để hoàn tác",
    working: "Đang xử lý…",
    dismiss: "Đóng",
    errorTitle: "Không thực hiện được",
    errorUnexpected: "Đã xảy ra lỗi ngoài dự kiến: {detail}",
    connecting: "Đang kết nối với Excel…",
    slowConnectionTitle: "Excel chưa trả lời",
    slowConnectionBody:
      "Đã chờ 20 giây mà chưa kết nối được với Excel. Ngăn tác vụ cần tải thư viện Office từ appsforoffice.microsoft.com: hãy kiểm tra mạng, rồi bấm Thử lại (hoặc đóng và mở lại ngăn tác vụ). Nếu Excel trả lời muộn, trợ lý sẽ tự mở.",
    slowConnectionRetry: "Thử lại",
    notInExcelTitle: "Trợ lý đang chạy ngoài Excel",
    notInExcelBody:
      "Trang này là bảng điều khiển của bổ trợ và cần được mở từ trong Excel. Không có Excel chạy được bổ trợ? Hãy dùng Trợ lý trên trình duyệt: mở tệp .xlsx của xã, kiểm tra, sửa rồi tải tệp về máy.",
    openWebApp: "Mở Trợ lý trên trình duyệt",
  },
  {
    appTitle: "Poverty Reduction Assistant",
    langSwitch: "English",
    sections: "Assistant sections",
    tabTable: "Table",
    tabCheck: "Check",
    tabCompute: "Compute",
    tabSummary: "Summary",
    provinceArea: "Consolidate many communes",
    moreSections: "More sections",
    sectionLoading: "Loading this section…",
    sectionLoadFailedTitle: "This section did not load",
    sectionLoadFailed:
      "The connection dropped while the assistant was loading this section. Check the network, then press Try again; your data is not affected.",
    previewValuesInTable:
      "{n} cells are inside an Excel Table: the assistant writes values instead of formulas, because Excel would copy a formula down the whole table column.",
    helpArea: "About and help",
    howToHeading: "How to use it",
    narrativeBoxLabel: "The paragraph for section 2.1 of the plan (copy it into the document):",
    howToCheck: "Check: open the Check tab and press Check; every wrong cell is listed by row.",
    howToFix:
      "Fix: press the fix button beside a cell (or Fix all); a cell that cannot be fixed gets advice. Every change can be undone.",
    howToAllocate:
      "Allocate: in Compute, type the commune target, preview each village's cut, then write it to the table.",
    howToSummary:
      "Summary: insert the summary and deprivation sheets, and copy the plan's paragraph.",
    selfTest: "Self-test",
    contactGeneric: "For help, contact the IT staff who installed the assistant for your office.",
    contactWith: "For help, contact {unit}",
    contactPhone: "phone",
    contactEmail: "email",
    selfTestHint:
      "Check that the assistant works with this Excel: it uses a temporary sheet and removes it, never touching your data. Note: renaming and deleting that sheet clears Excel's own Ctrl+Z history.",
    selfTestRunning: "Running the self-test…",
    selfTestReport: "Self-test report",
    copyReport: "Copy report",
    reportCopied: "Report copied.",
    undo: "Undo",
    undoLabel: "Undo the last change ({n} steps left)",
    undoNothing: "Nothing to undo yet",
    working: "Working…",
    dismiss: "Dismiss",
    errorTitle: "Could not complete",
    errorUnexpected: "An unexpected error occurred: {detail}",
    connecting: "Connecting to Excel…",
    slowConnectionTitle: "Excel has not answered",
    slowConnectionBody:
      "Still no connection to Excel after 20 seconds. The pane loads Office's library from appsforoffice.microsoft.com: check the network, then press Try again (or close and reopen the pane). If Excel answers late, the assistant opens by itself.",
    slowConnectionRetry: "Try again",
    notInExcelTitle: "The assistant is running outside Excel",
    notInExcelBody:
      "This page is the add-in's task pane and must be opened from inside Excel. No Excel that runs the add-in? Use the assistant in a browser: open the commune's .xlsx file, check and fix it, then download it.",
    openWebApp: "Open the assistant in a browser",
  }
);
