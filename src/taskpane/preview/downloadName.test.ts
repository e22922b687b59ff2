import { CHECKED_SUFFIX } from "../messages/fileNames";
import { downloadName } from "./downloadName";

describe("downloadName", () => {
  it.each([
    ["Kế hoạch 2025.xlsx", "Kế hoạch 2025 - đã kiểm tra.xlsx"],
    ["binh-luong-2024-errors.xlsx", "binh-luong-2024-errors - đã kiểm tra.xlsx"],
    ["PHU LUC.XLSX", "PHU LUC - đã kiểm tra.xlsx"],
    ["phu luc", "phu luc - đã kiểm tra.xlsx"],
    ["a:b*c?.xlsx", "a b c - đã kiểm tra.xlsx"],
    [".xlsx", "phu-luc-giam-ngheo - đã kiểm tra.xlsx"],
    ["", "phu-luc-giam-ngheo - đã kiểm tra.xlsx"],
  ])("%j → %j", (name, expected) => {
    expect(downloadName(name)).toBe(expected);
  });

  it("a file already downloaded keeps one suffix", () => {
    const once = downloadName("Xã Bình Lương.xlsx");
    expect(downloadName(once)).toBe(once);
    expect(once.split(CHECKED_SUFFIX)).toHaveLength(2);
  });

  it("writes Vietnamese letters composed (NFC), whatever form the file name had", () => {
    const decomposed = "Kê\u0301 hoa\u0323ch.xlsx";
    const name = downloadName(decomposed);
    expect(name).toBe(name.normalize("NFC"));
    expect(name).toBe("Kế hoạch - đã kiểm tra.xlsx");
  });
});
