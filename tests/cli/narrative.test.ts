import * as path from "path";
import * as fs from "fs";
import ExcelJS from "exceljs";
import { TRANSITIONS_HEADER, writePreviousYearWorkbook } from "../summary/planWorkbooks";
import { CLEAN, expectUnusable, run, tempDir } from "./harness";

/** The seed's §2.1 paragraph (003 Bình Lương) in clean Vietnamese, with DESIGN.md's figures. */
const PARAGRAPH = [
  "Số hộ nghèo toàn xã năm 2023 là 40 hộ, chiếm tỷ lệ 5,49%.",
  "Số hộ cận nghèo năm 2023 là 14 hộ, chiếm tỷ lệ 1,92%.",
  "Số hộ nghèo rà soát cuối năm 2023 áp dụng chính sách cho năm 2024 là 32 hộ, chiếm tỷ lệ 4,39%, giảm 1,10%, tương đương 8 hộ so với năm 2023.",
  "Số hộ cận nghèo rà soát cuối năm 2023 là 21 hộ, chiếm tỷ lệ 2,88%.",
  "Phấn đấu giảm tỷ lệ hộ nghèo cuối năm 2024 từ 4,39% xuống còn 3,02%, tương đương 10 hộ, giảm 1,37%.",
];

const expectParagraph = (stdout: string): void => {
  const lines = stdout.split("\n");
  let at = -1;
  for (const sentence of PARAGRAPH) {
    const i = lines.indexOf(sentence);
    expect(i).toBeGreaterThan(at);
    at = i;
  }
};

describe("giamngheo narrative", () => {
  test("the Bình Lương paragraph from typed figures", async () => {
    const r = await run(
      "narrative",
      CLEAN,
      "--previous-poor",
      "40",
      "--previous-near-poor",
      "14",
      "--near-poor",
      "21"
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectParagraph(r.stdout);
  });

  test("the Bình Lương paragraph from last year's plan workbook", async () => {
    const prev = await writePreviousYearWorkbook(path.join(tempDir(), "ke-hoach-2023.xlsx"));
    const r = await run("narrative", CLEAN, "--previous", prev, "--near-poor", "21", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.year).toBe(2024);
    expect(body.previousYear).toEqual({ year: 2023, poor: 40, nearPoor: 14, households: 729 });
    expectParagraph(body.text);
    expect(body.sentences.join("\n")).toBe(body.text);
  });

  test("typed figures override the workbook's", async () => {
    const prev = await writePreviousYearWorkbook(path.join(tempDir(), "ke-hoach-2023.xlsx"));
    const r = await run("narrative", CLEAN, "--previous", prev, "--previous-poor", "36");
    expect(r.stdout).toContain("là 36 hộ, chiếm tỷ lệ 4,94%.");
    expect(r.stdout).toContain("giảm 0,55%, tương đương 4 hộ so với năm 2023.");
  });

  test("rate targets add the ward form of the targets (seed 000 §II.2 a–b)", async () => {
    const r = await run("narrative", CLEAN, "--target", "1,37%", "--near-poor-target", "0,3%");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "a) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 1,37% (tương ứng số hộ nghèo phải giảm là 10 hộ);"
    );
    expect(r.stdout).toContain(
      "b) Tỷ lệ hộ cận nghèo theo chuẩn nghèo đa chiều thực hiện mức giảm 0,30% (tương ứng số hộ cận nghèo phải giảm là 02 hộ);"
    );
  });

  test("without last year's figures: this year's sentences only", async () => {
    const r = await run("narrative", CLEAN);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Số hộ nghèo toàn xã là 32 hộ, chiếm tỷ lệ 4,39%.");
    expect(r.stdout).not.toContain("năm 2023");
  });

  test("a transitions sheet beside the appendix tells the year's movements", async () => {
    const file = path.join(tempDir(), "with-transitions.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(CLEAN);
    const ws = wb.addWorksheet("Diễn biến");
    ws.addRow(TRANSITIONS_HEADER);
    ws.addRow([1, "Quang Trung", 126, 40, 10, 1, 1, 32, 25.4]);
    ws.addRow([null, "Tổng", 126, 40, 10, 1, 1, 32, 25.4]);
    fs.writeFileSync(file, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await run("narrative", file, "--previous-poor", "40");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      "Trong năm 2023, toàn xã có 10 hộ thoát nghèo, 1 hộ tái nghèo và 1 hộ nghèo phát sinh; cuối năm còn 32 hộ nghèo."
    );
    const allocate = await run(
      "allocate",
      file,
      "--target",
      "10",
      "-o",
      path.join(tempDir(), "o.xlsx")
    );
    expect(allocate.code).toBe(0);
  });

  test.each([
    [["--previous-near-poor", "14"], /--previous-poor/],
    [["--previous", "khong-co-tep-nay/prev.xlsx"], /prev\.xlsx/],
    [["--year", "20"], /--year/],
    [["--previous-poor", "x"], /--previous-poor/],
  ])("bad input %p is one line, exit 2", async (extra, message) => {
    const r = await run("narrative", CLEAN, ...extra);
    expectUnusable(r);
    expect(r.stderr).toMatch(message);
  });
});
