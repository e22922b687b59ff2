import * as fs from "fs";
import * as path from "path";
import { XlsxHost } from "../../src/xlsx/XlsxHost";
import { CLEAN, expectUnusable, lines, run, sha256, tempDir, writeWorkbook } from "./harness";

const CORPUS = path.resolve(__dirname, "../corpus");
let dir: string;

beforeAll(() => {
  dir = tempDir();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

describe("unusable input: exit 2, exactly one Vietnamese line on stderr, nothing on stdout", () => {
  const cases: [string, () => Promise<string[]> | string[], RegExp][] = [
    [
      "a file that does not exist",
      () => ["check", path.join(dir, "khong-co.xlsx")],
      /Không tìm thấy tệp/,
    ],
    ["a folder", () => ["check", dir], /Không đọc được tệp.*thư mục/],
    [
      "a .txt renamed .xlsx",
      () => ["check", file("notes.xlsx", "TT;Thôn;Số hộ\n1;Quang Trung;126\n")],
      /không phải sổ làm việc Excel/,
    ],
    ["an empty file", () => ["check", file("empty.xlsx", "")], /không phải sổ làm việc Excel/],
    [
      "a truncated xlsx",
      () => ["check", file("cut.xlsx", fs.readFileSync(CLEAN).subarray(0, 3000))],
      /bị hỏng/,
    ],
    [
      "a password-protected workbook",
      () => ["check", path.join(CORPUS, "password-protected.xlsx")],
      /mật khẩu/,
    ],
    ["an old .xls", () => ["check", path.join(CORPUS, "old-format.xls")], /\.xls/],
    [
      "a workbook without an appendix table",
      async () => [
        "check",
        await writeWorkbook(path.join(dir, "other.xlsx"), (wb) => {
          const ws = wb.addWorksheet("Danh sách");
          ws.addRow(["Họ tên", "Ngày sinh"]);
          ws.addRow(["Nguyễn Văn A", "01/01/1980"]);
        }),
      ],
      /Không tìm thấy bảng phụ lục/,
    ],
    [
      "a --sheet that does not exist",
      () => ["check", CLEAN, "--sheet", "Trang 9"],
      /Không tìm thấy trang tính “Trang 9”/,
    ],
    [
      "a --sheet without a table",
      async () => [
        "check",
        await writeWorkbook(path.join(dir, "two.xlsx"), (wb) => {
          wb.addWorksheet("Bìa").getCell("A1").value = "Kế hoạch giảm nghèo";
        }),
        "--sheet",
        "Bìa",
      ],
      /Bìa/,
    ],
    ["no command", () => [], /Thiếu lệnh/],
    ["an unknown command", () => ["kiemtra", CLEAN], /Không có lệnh “kiemtra”/],
    ["an unknown option", () => ["check", CLEAN, "--fast"], /--fast/],
    ["a missing file argument", () => ["check"], /Thiếu tên tệp/],
    ["two files", () => ["check", CLEAN, CLEAN], /Thừa tham số/],
    ["a missing option value", () => ["check", CLEAN, "--sheet"], /cần một giá trị/],
    ["a bad --target", () => ["check", CLEAN, "--target", "-3"], /--target không hợp lệ/],
    ["a bad --lang", () => ["check", CLEAN, "--lang", "fr"], /fr/],
    ["fix without -o", () => ["fix", CLEAN], /-o/],
    ["a flag given a value", () => ["check", CLEAN, "--json=yes"], /không nhận giá trị/],
  ];

  test.each(cases)("%s", async (_, argv, reason) => {
    const r = await run(...(await argv()));
    expectUnusable(r);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(reason);
  });

  test("--lang en words the reason in English, still one line", async () => {
    const r = await run("check", path.join(dir, "khong-co.xlsx"), "--lang", "en");
    expectUnusable(r);
    expect(r.stderr).toMatch(/^File “.*khong-co\.xlsx” not found\.\n$/);
  });

  test("a workbook with an appendix on one sheet and none on the others is fine", async () => {
    const p = path.join(dir, "mixed.xlsx");
    fs.copyFileSync(CLEAN, p);
    const r = await run("check", p);
    expect(r.code).toBe(0);
  });
});

describe("a bug inside the tool is still one line, never a stack trace", () => {
  test("an unexpected exception while reading", async () => {
    const spy = jest
      .spyOn(XlsxHost.prototype, "readGrid")
      .mockRejectedValue(new TypeError("boom\n    at readGrid (x.ts:1:1)"));
    try {
      const r = await run("check", CLEAN);
      expectUnusable(r);
      expect(r.stderr).toMatch(/^Lỗi không mong đợi khi xử lý tệp \(boom\)/);
    } finally {
      spy.mockRestore();
    }
  });

  test("an unexpected exception while writing leaves no output and the input unchanged", async () => {
    const out = path.join(dir, "never.xlsx");
    const before = sha256(CLEAN);
    const spy = jest
      .spyOn(XlsxHost.prototype, "toBuffer")
      .mockRejectedValue(new Error("disk on fire"));
    try {
      expectUnusable(await run("fix", CLEAN, "-o", out));
    } finally {
      spy.mockRestore();
    }
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(CLEAN)).toBe(before);
  });
});

describe("help", () => {
  test("--help lists every command and exits 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const c of ["check", "fix", "allocate"]) expect(r.stdout).toContain(`giamngheo ${c} `);
  });

  test("check --help shows the command's options; --lang en in English", async () => {
    const r = await run("check", "--help", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--target N/);
    expect(r.stdout).toMatch(/Exit codes/);
    expect(lines(r.stdout).length).toBeGreaterThan(4);
  });
});
