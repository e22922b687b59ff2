/**
 * A province's commune plan workbooks, generated from a seed (tests and bench; nothing committed): 3–40 villages
 * each, varied title lines ("UBND xã …", "ỦY BAN NHÂN DÂN PHƯỜNG …", "(Kèm theo Kế hoạch số … của UBND xã …)", none),
 * header wordings and unit words, near-poor columns in some, errors in some, a duplicate commune, and the files a
 * province really receives besides: an encrypted one, garbage, one with no appendix, one typed in TCVN3.
 * Each file comes with what consolidation must find, computed from the generator's own numbers.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { RawValue } from "../../src/core";
import {
  APPENDIX_SHEET,
  FIRST_DATA_ROW,
  buildAppendix,
  seededRandom,
  totalsRowOf,
  withCells,
  type WorkbookSpec,
} from "../corpus/appendix";
import { toXlsxBuffer } from "../corpus/writeXlsx";
import { buildLegacyCopy } from "../helpers/legacyWorkbooks";

export type Expected = {
  readonly name: string;
  readonly status: "ok" | "errors" | "unreadable" | "duplicate";
  readonly households?: number;
  readonly population?: number;
  readonly poor?: number;
  readonly poorCut?: number;
};

export type CommuneFile = {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly expected: Expected;
};

const NAMES = [
  "Bình Lương",
  "Phổ Minh",
  "Hưng Thịnh",
  "Đồng Tâm",
  "Ân Phú",
  "Yên Hòa",
  "Tân Lập",
  "Quang Trung",
  "Hòa Bình",
  "Ea Kao",
  "Thạnh Mỹ",
  "Long Hưng",
  "Sơn Tây",
  "Nghĩa Đô",
  "Cát Linh",
  "Định Công",
  "Vĩnh Tuy",
  "Bạch Mai",
  "Ô Chợ Dừa",
  "Lĩnh Nam",
  "Tây Hồ",
  "Phú Thượng",
  "Hồng Hà",
  "Gia Lâm",
  "Bát Tràng",
  "Kim Lan",
  "Văn Đức",
  "Đông Anh",
  "Thư Lâm",
  "Mê Linh",
  "Ứng Hòa",
  "Mỹ Đức",
];

/** A unique commune name for index i (names repeat with a number after the list runs out). */
const communeName = (i: number): string =>
  i < NAMES.length
    ? (NAMES[i] as string)
    : `${NAMES[i % NAMES.length] as string} ${Math.floor(i / NAMES.length) + 1}`;

const HOUSEHOLD_HEADERS = ["Tổng số hộ trên địa bàn", "Tổng số hộ", "Tổng số hộ dân cư"];
const POOR_HEADERS = ["Số hộ nghèo", "Hộ nghèo (hộ)", "Số hộ nghèo đầu năm"];
const UNIT_HEADERS = ["Thôn", "Tên thôn", "Thôn, tổ dân phố", "Đơn vị"];

type Title = "attached" | "committee" | "committeeWard" | "none";

const upper = (s: string): string => s.toLocaleUpperCase("vi");

/** The title lines of rows 1–3 for one commune. */
function titleCells(kind: Title, name: string): { row: number; col: number; value: RawValue }[] {
  switch (kind) {
    case "attached":
      return [
        {
          row: 3,
          col: 1,
          value: `(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2025 của UBND xã ${name})`,
        },
      ];
    case "committee":
      return [
        { row: 1, col: 1, value: `UBND XÃ ${upper(name)}` },
        { row: 1, col: 5, value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        { row: 3, col: 1, value: "(Kèm theo Kế hoạch số    /KH-UBND ngày    /   /2025)" },
      ];
    case "committeeWard":
      return [
        { row: 1, col: 1, value: `ỦY BAN NHÂN DÂN PHƯỜNG ${upper(name)}` },
        { row: 3, col: 1, value: "(Kèm theo Kế hoạch giảm nghèo năm 2025)" },
      ];
    case "none":
      return [{ row: 3, col: 1, value: "(Kèm theo Kế hoạch giảm nghèo năm 2025)" }];
  }
}

/** Sums of the generated units, read back from the spec (the generator's numbers, not the engine's). */
function sumsOf(
  spec: WorkbookSpec
): Required<Pick<Expected, "households" | "population" | "poor" | "poorCut">> {
  const s = spec.sheets[0]!;
  const last = totalsRowOf(spec) - 1;
  const col = (c: number) =>
    s.values
      .slice(FIRST_DATA_ROW - 1, last)
      .reduce((a, r) => a + (typeof r[c - 1] === "number" ? (r[c - 1] as number) : 0), 0);
  return { population: col(3), households: col(4), poor: col(5), poorCut: col(7) };
}

/** The project folder (the bench runs this file compiled under dist/, tests from its source). */
function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir)
    dir = path.dirname(dir);
  return dir;
}

/** One clean or faulty commune workbook. */
function communeSpec(i: number, rnd: () => number, title: Title, faulty: boolean) {
  const name = communeName(i);
  const units = 3 + Math.floor(rnd() * 38);
  let spec = buildAppendix({
    units,
    seed: 1000 + i,
    unitName: (u) => `Thôn ${name.split(" ")[0]} ${u + 1}`,
  });
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const cells: { row: number; col: number; value: RawValue; numberFormat?: string }[] = [
    { row: 3, col: 1, value: null },
    ...titleCells(title, name),
    { row: 5, col: 2, value: pick(UNIT_HEADERS) },
    { row: 7, col: 4, value: pick(HOUSEHOLD_HEADERS) },
    { row: 7, col: 5, value: pick(POOR_HEADERS) },
  ];
  const sums = sumsOf(spec);
  if (faulty) {
    // a mistyped totals row: an error of the commune, never its figure
    cells.push({ row: totalsRowOf(spec), col: 4, value: sums.households + 7 });
  }
  spec = withCells(spec, cells);
  return { spec, name, sums };
}

/**
 * The set: `count` commune workbooks (the last few are the special files), deterministic for a seed.
 * Special files (when count ≥ 8): a duplicate of the first commune, an encrypted file, garbage bytes, a workbook with
 * no appendix, a TCVN3 copy of a commune.
 */
export async function buildCommuneSet(count: number, seed = 16): Promise<CommuneFile[]> {
  const rnd = seededRandom(seed);
  const titles: Title[] = ["attached", "committee", "committeeWard", "attached", "none"];
  const regular = count >= 8 ? count - 5 : count;
  const out: CommuneFile[] = [];
  for (let i = 0; i < regular; i++) {
    const title = titles[i % titles.length] as Title;
    const faulty = i % 7 === 3;
    const { spec, name, sums } = communeSpec(i, rnd, title, faulty);
    const file = `ke-hoach-${String(i + 1).padStart(3, "0")}.xlsx`;
    const shown =
      title === "none"
        ? "ke hoach " + String(i + 1).padStart(3, "0")
        : `${title === "committeeWard" ? "phường" : "xã"} ${name}`;
    out.push({
      file,
      bytes: await toXlsxBuffer(spec),
      expected: { name: shown, status: faulty ? "errors" : "ok", ...sums },
    });
  }
  if (count < 8) return out;
  const first = out[0]!;
  out.push({
    file: "zz-ban-sao.xlsx",
    bytes: first.bytes,
    expected: { ...first.expected, status: "duplicate" },
  });
  out.push({
    file: "co-mat-khau.xlsx",
    bytes: fs.readFileSync(path.join(projectRoot(), "tests/corpus/password-protected.xlsx")),
    expected: { name: "co mat khau", status: "unreadable" },
  });
  const garbage = new Uint8Array(4096).map(() => Math.floor(rnd() * 256));
  out.push({ file: "hong.xlsx", bytes: garbage, expected: { name: "hong", status: "unreadable" } });
  const noAppendix = withCells(
    {
      sheets: [
        {
          ...buildAppendix({ units: 0 }).sheets[0]!,
          values: [],
          numberFormats: [],
          formulas: [],
          merges: [],
        },
      ],
    },
    [
      { row: 1, col: 1, value: "UBND XÃ KHÔNG PHỤ LỤC" },
      { row: 3, col: 1, value: "KẾ HOẠCH Giảm nghèo năm 2025" },
      { row: 5, col: 1, value: "I. MỤC TIÊU: giảm tỷ lệ hộ nghèo 1,2%" },
    ]
  );
  out.push({
    file: "chi-co-ke-hoach.xlsx",
    bytes: await toXlsxBuffer(noAppendix),
    expected: { name: "xã Không Phụ Lục", status: "unreadable" },
  });
  const legacy = communeSpec(regular, rnd, "attached", false);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "commune-legacy-"));
  const source = path.join(dir, "source.xlsx");
  fs.writeFileSync(source, await toXlsxBuffer(legacy.spec));
  out.push({
    file: "tcvn3.xlsx",
    bytes: await buildLegacyCopy("tcvn3", { source }),
    expected: { name: `xã ${legacy.name}`, status: "ok", ...legacy.sums },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}

/** Write the set into `dir` and return the paths, in the set's order. */
export async function writeCommuneSet(
  dir: string,
  count: number,
  seed = 16
): Promise<CommuneFile[]> {
  const set = await buildCommuneSet(count, seed);
  for (const f of set) fs.writeFileSync(path.join(dir, f.file), f.bytes);
  return set;
}

export { APPENDIX_SHEET };
