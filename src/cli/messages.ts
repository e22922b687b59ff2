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
    synopsisCheck:
      "giamngheo check TỆP.xlsx [--sheet TÊN] [--target N|P%] [--near-poor-target N|P%] [--json] [--lang vi|en]",
    synopsisSelftest: "giamngheo selftest [--json] [--lang vi|en]",
    summarySelftest:
      "Chạy các mục tự kiểm tra của trợ lý trên một sổ tính .xlsx tạm (đọc, ghi, hoàn tác, tô màu, chọn ô, ô gộp, Excel Table, đánh dấu trang); mã thoát 0 khi mọi mục đạt.",
    synopsisFix: "giamngheo fix TỆP.xlsx -o KẾT_QUẢ.xlsx [--formulas] [--sheet TÊN]",
    synopsisAllocate:
      'giamngheo allocate TỆP.xlsx --target N|P% -o KẾT_QUẢ.xlsx [--near-poor-target N|P%] [--lock "Thôn=N,…"] [--method proportional|highest-rate] [--formulas] [--sheet TÊN]',
    summaryCheck:
      "Tìm bảng phụ lục trong mọi trang tính, kiểm tra từng dòng và dòng tổng, liệt kê các vấn đề.",
    summaryFix:
      "Tính lại các cột tỷ lệ, đổi số lưu dạng chữ thành số; không bao giờ đổi giá trị số hộ. Tệp gốc giữ nguyên. Mã thoát 1 nếu sau khi sửa vẫn còn lỗi cần sửa tay.",
    summaryAllocate:
      "Phân bổ chỉ tiêu giảm hộ nghèo của xã cho các thôn và ghi cột số hộ giảm nghèo cùng các tỷ lệ.",
    optSheet: "  --sheet TÊN       chỉ xét trang tính này (mặc định: mọi trang tính)",
    optTarget:
      "  --target N|P%     chỉ tiêu giảm hộ nghèo của xã: số hộ (10) hoặc tỷ lệ trên tổng số hộ (1,11%)",
    optNearPoorTarget:
      "  --near-poor-target N|P%  chỉ tiêu giảm hộ cận nghèo: số hộ (5) hoặc tỷ lệ (0,3%)",
    optLock:
      '  --lock "Thôn=N,…" giữ cố định số hộ giảm của các thôn này; phần còn lại phân bổ cho các thôn khác',
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
    noAppendix:
      "Tệp chỉ có bảng diễn biến hộ nghèo ({tables}), không có bảng phụ lục giao chỉ tiêu giảm nghèo các thôn.",
    allocationFailed: "Không phân bổ được chỉ tiêu ({target}): {reason}",
    unexpected: "Lỗi không mong đợi khi xử lý tệp ({detail}). Tệp gốc không bị thay đổi.",
    isDirectory: "đây là thư mục",
    permissionDenied: "không có quyền truy cập",

    tableLine:
      "Bảng {sheet}!{range}: {units} thôn, tiêu đề dòng {headers}, dữ liệu dòng {data}, {totals}.",
    totalsAt: "dòng tổng {row}",
    noTotals: "không có dòng tổng",
    groupsLine: "Nhóm: {groups}.",
    groupItem: "{name} (dòng {rows})",
    groupItemSubtotal: "{name} (dòng {rows}, dòng cộng {subtotal})",
    countsLine: "{errors} lỗi, {warnings} cảnh báo.",
    noIssues: "Không phát hiện vấn đề nào.",
    written: "Đã ghi {file} ({cells} ô thay đổi).",
    nothingToFix: "Không có ô nào cần sửa trong bảng {sheet}!{range}.",
    fixedLine: "Bảng {sheet}!{range}: đã tính lại/sửa {cells} ô.",
    remainingHeader: "Còn lại sau khi sửa (cần cán bộ xem lại):",
    allocationHeader: "Phân bổ chỉ tiêu {whose} ({target}; {method}) cho bảng {sheet}!{range}:",
    allocationLine: "  {name}: {cut} hộ",
    allocationLockedLine: "  {name}: {cut} hộ (cố định)",
    allocationTotal: "  Cộng: {sum} hộ, đúng chỉ tiêu {target}.",
    whosePoor: "giảm hộ nghèo",
    whoseNearPoor: "giảm hộ cận nghèo",
    targetLine: "Chỉ tiêu {whose}: {target}.",
    badTarget:
      "Giá trị “{value}” của {option} không hợp lệ: cần số hộ (ví dụ 10) hoặc tỷ lệ phần trăm (ví dụ 1,11%).",
    targetNeedsHouseholds:
      "Không đổi được chỉ tiêu {option} từ tỷ lệ ra số hộ: có ô tổng số hộ không đọc được.",
    badLock:
      'Giá trị “{value}” của --lock không hợp lệ ở “{item}”: cần dạng "Tên thôn=số hộ", cách nhau bằng dấu phẩy.',
    missingTarget: "Lệnh allocate cần --target hoặc --near-poor-target.",
    synopsisNarrative:
      "giamngheo narrative TỆP.xlsx [--previous NĂM_TRƯỚC.xlsx] [--previous-poor N] [--previous-near-poor N] [--near-poor N] [--year NĂM] [--json]",
    summaryNarrative:
      "In các câu văn cho kế hoạch (mục 2.1): số hộ nghèo, cận nghèo năm trước và năm nay, mức giảm, chỉ tiêu năm kế hoạch.",
    optPrevious:
      "  --previous TỆP    kế hoạch năm trước (.xlsx): lấy số hộ nghèo, cận nghèo năm trước từ phụ lục",
    optPreviousPoor: "  --previous-poor N số hộ nghèo năm trước (nhập tay)",
    optPreviousNearPoor: "  --previous-near-poor N  số hộ cận nghèo năm trước (nhập tay)",
    optNearPoor: "  --near-poor N     số hộ cận nghèo năm nay, khi phụ lục không có cột cận nghèo",
    optYear: "  --year NĂM        năm kế hoạch (mặc định: năm ghi trong tiêu đề bảng)",
    narrativeUnreadable: "Chưa viết được câu văn: bảng phụ lục còn ô số liệu không đọc được.",
    narrativeNeedsYear: "Không biết năm kế hoạch để gọi tên năm trước: hãy cho --year NĂM.",
    previousPoorMissing: "Cần --previous-poor (số hộ nghèo năm trước) hoặc --previous TỆP.",
    previousUnreadable: "Kế hoạch năm trước “{file}” có ô số liệu không đọc được ({cells}).",
    methodProportional: "theo tỷ lệ số hộ nghèo",
    methodHighestRate: "ưu tiên thôn có tỷ lệ nghèo cao",
    synopsisUnicode: "giamngheo unicode TỆP.xlsx -o KẾT_QUẢ.xlsx",
    summaryUnicode:
      "Chuyển chữ viết bằng bảng mã cũ TCVN3 (ABC, phông .VnTime…) hoặc VNI-Windows (phông VNI-Times…) ở mọi trang tính sang Unicode và đổi phông chữ sang Times New Roman. Tệp gốc giữ nguyên.",
    unicodeSheetLine:
      "Trang “{sheet}”: {cells} ô chuyển sang Unicode, {fonts} ô khác đổi phông chữ sang {font}.",
    unicodeNothing:
      "Không có chữ nào viết bằng bảng mã cũ (TCVN3, VNI) trong “{file}”; tệp kết quả giống tệp gốc.",
    synopsisAggregate:
      "giamngheo aggregate TỆP_HOẶC_THƯ_MỤC… -o KẾT_QUẢ.xlsx [--targets CHỈ_TIÊU.xlsx] [--json] [--jobs N]",
    summaryAggregate:
      "Tổng hợp kế hoạch giảm nghèo của nhiều xã, phường (mỗi tệp .xlsx một xã; thư mục: mọi tệp .xlsx trong đó) thành trang “Tổng hợp tỉnh” và “Tình trạng tệp”; kiểm tra từng tệp và đối chiếu chỉ tiêu tỉnh giao.",
    optTargets:
      "  --targets TỆP     sổ chỉ tiêu tỉnh giao: cột xã, phường và cột chỉ tiêu (số hộ hoặc tỷ lệ %)",
    optJobs:
      "  --jobs N          số luồng đọc tệp song song (mặc định: tối đa số nhân CPU rảnh, chỉ thêm luồng khi nhiều tệp)",
    optAggregateOutput:
      "  -o, --output TỆP  tệp kết quả .xlsx (ghi an toàn qua tệp tạm; không được là một tệp đầu vào)",
    missingInputs:
      "Thiếu tệp hoặc thư mục cần tổng hợp (giamngheo aggregate THƯ_MỤC -o KẾT_QUẢ.xlsx).",
    inputNotFound: "Không tìm thấy tệp hoặc thư mục “{file}”.",
    emptyFolder:
      "Thư mục “{dir}” không có tệp .xlsx nào để tổng hợp; hãy chép các tệp kế hoạch của xã vào đó hoặc chỉ ra từng tệp.",
    inputTwice: "Tệp “{file}” được đưa vào hai lần; mỗi tệp chỉ tổng hợp một lần.",
    outputIsInput:
      "Tệp kết quả “{file}” cũng là một tệp đầu vào; hãy chọn tên hoặc thư mục khác cho tệp kết quả.",
    badJobs: "Giá trị của --jobs phải từ 1 đến {max}.",
    targetsUnreadable: "Không đọc được sổ chỉ tiêu “{file}”: {reason}",
    targetsEmpty:
      "Sổ chỉ tiêu “{file}” không có danh sách xã, phường kèm chỉ tiêu (cần một cột xã, phường và một cột chỉ tiêu số hộ hoặc tỷ lệ %).",
    targetsRowUnreadable:
      "Sổ chỉ tiêu: không đọc được chỉ tiêu của “{name}” ({sheet}, dòng {row}); dòng này bị bỏ qua.",
    nothingReadable:
      "Không tệp nào đọc được để tổng hợp ({files} tệp); không ghi tệp kết quả. Tệp đầu tiên: {reason}",
    aggregateProgress: "Đang đọc {done}/{total}: {file}",
    aggregateLine: "{status}  {name}  ({file}){detail}",
    aggregateCounts: "{errors} lỗi, {warnings} cảnh báo",
    aggregateSummary:
      "Đã tổng hợp {aggregated}/{files} tệp: {ok} đạt, {errors} có lỗi, {unreadable} không đọc được, {duplicate} trùng xã.",
    aggregateTotals:
      "Toàn tỉnh: {households} hộ, {poor} hộ nghèo ({poorRate}%), kế hoạch giảm {poorCut} hộ.",
    aggregateWritten: "Đã ghi {file} (trang “{province}” và “{files}”).",
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
    synopsisCheck:
      "giamngheo check FILE.xlsx [--sheet NAME] [--target N|P%] [--near-poor-target N|P%] [--json] [--lang vi|en]",
    synopsisSelftest: "giamngheo selftest [--json] [--lang vi|en]",
    summarySelftest:
      "Run the assistant's self-test scenarios on a temporary .xlsx workbook (read, write, undo, highlight, select, merges, Excel Table, sheet marker); exit 0 when every one passes.",
    synopsisFix: "giamngheo fix FILE.xlsx -o OUT.xlsx [--formulas] [--sheet NAME]",
    synopsisAllocate:
      'giamngheo allocate FILE.xlsx --target N|P% -o OUT.xlsx [--near-poor-target N|P%] [--lock "Unit=N,…"] [--method proportional|highest-rate] [--formulas] [--sheet NAME]',
    summaryCheck:
      "Find the appendix table on every sheet, check every row and the totals row, list the problems.",
    summaryFix:
      "Recompute the rate columns and turn numbers stored as text into numbers; never change a count. The input is untouched. Exit code 1 when errors remain for the officer to fix.",
    summaryAllocate:
      "Allocate the commune's poor-household cut across villages and write the cut column and its rates.",
    optSheet: "  --sheet NAME      only this sheet (default: every sheet)",
    optTarget:
      "  --target N|P%     the commune's poor-household target: households (10) or a rate of all households (1.11%)",
    optNearPoorTarget:
      "  --near-poor-target N|P%  the near-poor target: households (5) or a rate (0.3%)",
    optLock:
      '  --lock "Unit=N,…" fix these units\' cuts; the rest of the target goes to the others',
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
    noAppendix:
      "The file has only poverty transitions tables ({tables}), no village target appendix.",
    allocationFailed: "Cannot allocate the target ({target}): {reason}",
    unexpected:
      "Unexpected error while processing the file ({detail}). The input file was not changed.",
    isDirectory: "it is a directory",
    permissionDenied: "permission denied",

    tableLine:
      "Table {sheet}!{range}: {units} villages, header rows {headers}, data rows {data}, {totals}.",
    totalsAt: "totals row {row}",
    noTotals: "no totals row",
    groupsLine: "Groups: {groups}.",
    groupItem: "{name} (rows {rows})",
    groupItemSubtotal: "{name} (rows {rows}, subtotal row {subtotal})",
    countsLine: "{errors} errors, {warnings} warnings.",
    noIssues: "No problems found.",
    written: "Wrote {file} ({cells} cells changed).",
    nothingToFix: "Nothing to fix in table {sheet}!{range}.",
    fixedLine: "Table {sheet}!{range}: recomputed/fixed {cells} cells.",
    remainingHeader: "Still to review by the officer after the fix:",
    allocationHeader:
      "Allocation of the {whose} target ({target}; {method}) for table {sheet}!{range}:",
    allocationLine: "  {name}: {cut} households",
    allocationLockedLine: "  {name}: {cut} households (fixed)",
    allocationTotal: "  Total: {sum} households, exactly the target {target}.",
    whosePoor: "poor-household",
    whoseNearPoor: "near-poor-household",
    targetLine: "The {whose} target: {target}.",
    badTarget:
      "Value “{value}” of {option} is not valid: give households (e.g. 10) or a percentage (e.g. 1.11%).",
    targetNeedsHouseholds:
      "Cannot turn the rate of {option} into households: a households cell cannot be read.",
    badLock:
      'Value “{value}” of --lock is not valid at “{item}”: use "Unit name=households", separated by commas.',
    missingTarget: "allocate needs --target or --near-poor-target.",
    synopsisNarrative:
      "giamngheo narrative FILE.xlsx [--previous PREV.xlsx] [--previous-poor N] [--previous-near-poor N] [--near-poor N] [--year YYYY] [--json]",
    summaryNarrative:
      "Print the plan's sentences (§2.1): poor and near-poor households last year and this year, the change, the plan year's target.",
    optPrevious:
      "  --previous FILE   last year's plan (.xlsx): last year's poor and near-poor from its appendix",
    optPreviousPoor: "  --previous-poor N last year's poor households (typed)",
    optPreviousNearPoor: "  --previous-near-poor N  last year's near-poor households (typed)",
    optNearPoor:
      "  --near-poor N     this year's near-poor households, when the appendix has no near-poor column",
    optYear: "  --year YYYY       plan year (default: the year in the table's headings)",
    narrativeUnreadable: "No sentences written: the appendix still has unreadable figures.",
    narrativeNeedsYear: "The plan year is unknown, so last year cannot be named: give --year YYYY.",
    previousPoorMissing: "Give --previous-poor (last year's poor households) or --previous FILE.",
    previousUnreadable: "Last year's plan “{file}” has unreadable figures ({cells}).",
    methodProportional: "proportional to poor households",
    methodHighestRate: "highest poverty rate first",
    synopsisUnicode: "giamngheo unicode FILE.xlsx -o OUT.xlsx",
    summaryUnicode:
      "Convert text in the old TCVN3 (ABC, .VnTime fonts …) or VNI-Windows (VNI-Times fonts …) encodings on every sheet to Unicode and set its font to Times New Roman. The input is untouched.",
    unicodeSheetLine:
      "Sheet “{sheet}”: {cells} cells converted to Unicode, {fonts} more cells set to the font {font}.",
    unicodeNothing:
      "No text in an old encoding (TCVN3, VNI) in “{file}”; the output is the same as the input.",
    synopsisAggregate:
      "giamngheo aggregate FILE_OR_DIR… -o OUT.xlsx [--targets TARGETS.xlsx] [--json] [--jobs N]",
    summaryAggregate:
      "Consolidate many communes' poverty-reduction plans (one .xlsx per commune; a folder: every .xlsx in it) into the sheets “Province summary” and “File status”; check every file and compare with the province's targets.",
    optTargets:
      "  --targets FILE    the province's targets: a commune column and a target column (households or a rate %)",
    optJobs:
      "  --jobs N          files read in parallel (default: up to the idle CPU cores, more threads only for many files)",
    optAggregateOutput:
      "  -o, --output FILE output .xlsx (written safely through a temp file; must not be one of the inputs)",
    missingInputs:
      "Missing the files or folders to consolidate (giamngheo aggregate FOLDER -o OUT.xlsx).",
    inputNotFound: "File or folder “{file}” not found.",
    emptyFolder:
      "Folder “{dir}” has no .xlsx file to consolidate; copy the communes' plan files into it or name each file.",
    inputTwice: "File “{file}” was given twice; each file is consolidated once.",
    outputIsInput:
      "Output file “{file}” is also an input; choose another name or folder for the output.",
    badJobs: "--jobs must be between 1 and {max}.",
    targetsUnreadable: "Cannot read the targets workbook “{file}”: {reason}",
    targetsEmpty:
      "The targets workbook “{file}” has no list of communes with targets (it needs a commune column and a target column of households or a rate %).",
    targetsRowUnreadable:
      "Targets: cannot read the target of “{name}” ({sheet}, row {row}); the row is skipped.",
    nothingReadable:
      "No file could be read ({files} files); no output written. First file: {reason}",
    aggregateProgress: "Reading {done}/{total}: {file}",
    aggregateLine: "{status}  {name}  ({file}){detail}",
    aggregateCounts: "{errors} errors, {warnings} warnings",
    aggregateSummary:
      "Consolidated {aggregated}/{files} files: {ok} OK, {errors} with errors, {unreadable} unreadable, {duplicate} duplicates.",
    aggregateTotals:
      "Province: {households} households, {poor} poor ({poorRate}%), planned cut {poorCut}.",
    aggregateWritten: "Wrote {file} (sheets “{province}” and “{files}”).",
  }
);

export type CliMessageKey = keyof typeof cliMessages.vi;
