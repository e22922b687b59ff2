import { defineMessages } from "../core";

/**
 * The `giamngheo` command line. One line per error (exit 2 prints exactly one of them on stderr).
 * Help texts may span lines; every other message is a single line.
 */
export const cliMessages = defineMessages(
  {
    helpIntro:
      "giamngheo — kiểm tra và tính toán phụ lục giao chỉ tiêu giảm nghèo các thôn trong tệp .xlsx",
    helpUsage: "Cách dùng:",
    helpOptions: "Tùy chọn:",
    helpCommon:
      "  --lang vi|en      ngôn ngữ thông báo (mặc định: vi)\n  --help, -h        xem hướng dẫn (giamngheo <lệnh> --help: hướng dẫn của một lệnh)",
    helpExit:
      "Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi trong dữ liệu, 2 không dùng được tệp hoặc tham số (lý do in một dòng trên stderr).",
    synopsisCheck: "giamngheo check TỆP.xlsx [--sheet TÊN] [--target N] [--json] [--lang vi|en]",
    synopsisSelftest: "giamngheo selftest [--lang vi|en]",
    summarySelftest:
      "Chạy các mục tự kiểm tra của trợ lý trên một sổ tính .xlsx tạm (đọc, ghi, hoàn tác, tô sáng, chọn ô, ô gộp, Excel Table, đánh dấu trang); mã thoát 0 khi mọi mục đạt.",
    synopsisFix: "giamngheo fix TỆP.xlsx -o KẾT_QUẢ.xlsx [--formulas] [--sheet TÊN]",
    synopsisAllocate:
      "giamngheo allocate TỆP.xlsx --target N -o KẾT_QUẢ.xlsx [--method proportional|highest-rate] [--formulas] [--sheet TÊN]",
    summaryCheck:
      "Tìm bảng phụ lục trong mọi trang tính, kiểm tra từng dòng và dòng tổng, liệt kê các vấn đề.",
    summaryFix:
      "Tính lại các cột tỷ lệ, đổi số lưu dạng chữ thành số; không bao giờ đổi giá trị số hộ. Tệp gốc giữ nguyên. Mã thoát 1 nếu sau khi sửa vẫn còn lỗi cần sửa tay.",
    summaryAllocate:
      "Phân bổ chỉ tiêu giảm hộ nghèo của xã cho các thôn và ghi cột số hộ giảm nghèo cùng các tỷ lệ.",
    optSheet: "  --sheet TÊN       chỉ xét trang tính này (mặc định: mọi trang tính)",
    optTarget: "  --target N        chỉ tiêu giảm hộ nghèo của xã (số hộ)",
    optJson: "  --json            in kết quả dạng JSON",
    optOutput: "  -o, --output TỆP  tệp kết quả (khác tệp gốc; ghi an toàn qua tệp tạm)",
    optFormulas: "  --formulas        ghi công thức Excel thay cho giá trị",
    optMethod:
      "  --method M        proportional: theo tỷ lệ số hộ nghèo (mặc định); highest-rate: ưu tiên thôn có tỷ lệ nghèo cao",

    missingCommand:
      "Thiếu lệnh. Dùng: giamngheo check|fix|allocate TỆP.xlsx … (xem giamngheo --help).",
    unknownCommand: "Không có lệnh “{name}”. Các lệnh: {commands} (xem giamngheo --help).",
    unknownOption:
      "Tùy chọn “{option}” không dùng được với lệnh {command} (xem giamngheo {command} --help).",
    missingValue: "Tùy chọn {option} cần một giá trị.",
    flagWithValue: "Tùy chọn {option} không nhận giá trị.",
    repeatedOption: "Tùy chọn {option} được cho nhiều lần.",
    badInteger: "Giá trị “{value}” của {option} không phải số nguyên không âm.",
    badChoice: "Giá trị “{value}” của {option} không hợp lệ; chọn một trong: {choices}.",
    missingFile: "Thiếu tên tệp .xlsx cần xử lý (giamngheo {command} TỆP.xlsx …).",
    extraArgument: "Thừa tham số “{arg}”: lệnh {command} chỉ nhận một tệp.",
    missingOption: "Lệnh {command} cần tùy chọn {option}.",
    sameOutput:
      "Tệp kết quả “{file}” trùng với tệp gốc; hãy chọn tên khác để tệp gốc được giữ nguyên.",
    noTable: "Không tìm thấy bảng phụ lục giao chỉ tiêu giảm nghèo nào trong “{file}”.",
    summaryColumnsMissing: "Bảng {table} không có cột {columns} nên chưa thể tổng hợp.",
    noTableOnSheet: "{reason}",
    severalTables: "Tệp có {count} bảng phụ lục ({tables}); hãy chọn một bằng --sheet TÊN.",
    allocationFailed: "Không phân bổ được chỉ tiêu {target} hộ: {reason}",
    unexpected: "Lỗi không mong đợi khi xử lý tệp ({detail}). Tệp gốc không bị thay đổi.",
    isDirectory: "đây là thư mục",
    permissionDenied: "không có quyền truy cập",

    tableLine:
      "Bảng {sheet}!{range}: {units} thôn, tiêu đề dòng {headers}, dữ liệu dòng {data}, {totals}.",
    totalsAt: "dòng tổng {row}",
    noTotals: "không có dòng tổng",
    countsLine: "{errors} lỗi, {warnings} cảnh báo.",
    noIssues: "Không phát hiện vấn đề nào.",
    written: "Đã ghi {file} ({cells} ô thay đổi).",
    nothingToFix: "Không có ô nào cần sửa trong bảng {sheet}!{range}.",
    fixedLine: "Bảng {sheet}!{range}: đã tính lại/sửa {cells} ô.",
    remainingHeader: "Còn lại sau khi sửa (cần cán bộ xem lại):",
    allocationHeader: "Phân bổ {target} hộ giảm nghèo ({method}) cho bảng {sheet}!{range}:",
    allocationLine: "  {name}: {cut} hộ",
    methodProportional: "theo tỷ lệ số hộ nghèo",
    methodHighestRate: "ưu tiên thôn có tỷ lệ nghèo cao",
    chartsNotKept: "Lưu ý: biểu đồ/hình vẽ có sẵn trong tệp gốc không được chép sang tệp kết quả.",
  },
  {
    helpIntro:
      "giamngheo — check and compute the village poverty-reduction appendix in an .xlsx file",
    helpUsage: "Usage:",
    helpOptions: "Options:",
    helpCommon:
      "  --lang vi|en      message language (default: vi)\n  --help, -h        show help (giamngheo <command> --help: help for one command)",
    helpExit:
      "Exit codes: 0 no errors (warnings allowed), 1 errors in the data, 2 unusable file or arguments (one line on stderr).",
    synopsisCheck: "giamngheo check FILE.xlsx [--sheet NAME] [--target N] [--json] [--lang vi|en]",
    synopsisSelftest: "giamngheo selftest [--lang vi|en]",
    summarySelftest:
      "Run the assistant's self-test scenarios on a temporary .xlsx workbook (read, write, undo, highlight, select, merges, Excel Table, sheet marker); exit 0 when every one passes.",
    synopsisFix: "giamngheo fix FILE.xlsx -o OUT.xlsx [--formulas] [--sheet NAME]",
    synopsisAllocate:
      "giamngheo allocate FILE.xlsx --target N -o OUT.xlsx [--method proportional|highest-rate] [--formulas] [--sheet NAME]",
    summaryCheck:
      "Find the appendix table on every sheet, check every row and the totals row, list the problems.",
    summaryFix:
      "Recompute the rate columns and turn numbers stored as text into numbers; never change a count. The input is untouched. Exit code 1 when errors remain for the officer to fix.",
    summaryAllocate:
      "Allocate the commune's poor-household cut across villages and write the cut column and its rates.",
    optSheet: "  --sheet NAME      only this sheet (default: every sheet)",
    optTarget: "  --target N        the commune's target cut of poor households",
    optJson: "  --json            print the result as JSON",
    optOutput:
      "  -o, --output FILE output file (not the input; written safely through a temp file)",
    optFormulas: "  --formulas        write Excel formulas instead of values",
    optMethod:
      "  --method M        proportional: by number of poor households (default); highest-rate: villages with the highest poverty rate first",

    missingCommand:
      "Missing command. Use: giamngheo check|fix|allocate FILE.xlsx … (see giamngheo --help).",
    unknownCommand: "Unknown command “{name}”. Commands: {commands} (see giamngheo --help).",
    unknownOption: "Option “{option}” is not valid for {command} (see giamngheo {command} --help).",
    missingValue: "Option {option} needs a value.",
    flagWithValue: "Option {option} takes no value.",
    repeatedOption: "Option {option} was given more than once.",
    badInteger: "Value “{value}” of {option} is not a non-negative whole number.",
    badChoice: "Value “{value}” of {option} is not valid; choose one of: {choices}.",
    missingFile: "Missing the .xlsx file to process (giamngheo {command} FILE.xlsx …).",
    extraArgument: "Unexpected argument “{arg}”: {command} takes one file.",
    missingOption: "Command {command} needs option {option}.",
    sameOutput:
      "Output file “{file}” is the input file; choose another name so the input stays untouched.",
    noTable: "No poverty-reduction appendix table found in “{file}”.",
    summaryColumnsMissing: "Table {table} has no {columns} column, so it cannot be summarised.",
    noTableOnSheet: "{reason}",
    severalTables: "The file has {count} appendix tables ({tables}); choose one with --sheet NAME.",
    allocationFailed: "Cannot allocate the target of {target} households: {reason}",
    unexpected:
      "Unexpected error while processing the file ({detail}). The input file was not changed.",
    isDirectory: "it is a directory",
    permissionDenied: "permission denied",

    tableLine:
      "Table {sheet}!{range}: {units} villages, header rows {headers}, data rows {data}, {totals}.",
    totalsAt: "totals row {row}",
    noTotals: "no totals row",
    countsLine: "{errors} errors, {warnings} warnings.",
    noIssues: "No problems found.",
    written: "Wrote {file} ({cells} cells changed).",
    nothingToFix: "Nothing to fix in table {sheet}!{range}.",
    fixedLine: "Table {sheet}!{range}: recomputed/fixed {cells} cells.",
    remainingHeader: "Still to review by the officer after the fix:",
    allocationHeader: "Allocation of {target} households ({method}) for table {sheet}!{range}:",
    allocationLine: "  {name}: {cut} households",
    methodProportional: "proportional to poor households",
    methodHighestRate: "highest poverty rate first",
    chartsNotKept: "Note: charts/drawings in the input file are not copied to the output file.",
  }
);

export type CliMessageKey = keyof typeof cliMessages.vi;
