import { readKindWord } from "./groupLabels";

const TOTAL_LABELS = new Set([
  "tong",
  "tong cong",
  "cong",
  "tong so",
  "toan xa",
  "toan phuong",
  "toan thi tran",
  "toan don vi",
  "total",
  "sum",
  "grand total",
  "tong toan xa",
  "tong toan phuong",
  "cong toan xa",
  "tinh chung",
]);
/** "Tổng số (6 thôn)", "Cộng 6 thôn", "Tổng cộng: 12 tổ dân phố" — a total followed only by a count of units. */
const COUNTED_TOTAL =
  /^(tong|cong|tong cong|tong so|total)( \d+)( (thon|to dan pho|tdp|to|xom|ban|ap|khu pho|khoi pho|don vi|lang|buon|thon tdp|thon to dan pho))?$/;
const TOTAL_PREFIXES = [
  "tong cong ",
  "toan xa ",
  "toan phuong ",
  "toan thi tran ",
  "tong toan ",
  "cong toan ",
  "tong so ",
];

/**
 * true for a totals-row label: "Tổng", "Tổng:", "Cộng", "Tổng cộng", "Toàn xã", "Toàn phường", "Tổng số", "Total".
 * @example isTotalsLabel("tong cong") === true; isTotalsLabel("tong so ho") === false
 */
export function isTotalsLabel(norm: string): boolean {
  return (
    TOTAL_LABELS.has(norm) ||
    TOTAL_PREFIXES.some((p) => norm.startsWith(p)) ||
    COUNTED_TOTAL.test(norm)
  );
}

const NOTE_PREFIXES = [
  "ghi chu",
  "chu thich",
  "nguoi lap",
  "lap bieu",
  "nguon",
  "xac nhan",
  "chu tich",
  "pho chu tich",
  "t m",
  "tm ",
  "kt ",
  "ky ten",
  "ky ghi ro",
  "can bo",
  "thu truong",
  "ke toan",
  "noi nhan",
  "luu vt",
  "uy ban nhan dan",
  "ubnd",
  "ban chi dao",
  "note",
  "source",
  "prepared by",
  "nguoi duyet",
  "giam doc",
  "truong ban",
];

/** true for a note or signature line below a table ("Ghi chú: …", "Người lập biểu", "Nguồn: …", "…, ngày 5 tháng 1 năm 2024"). */
export function isNoteLabel(norm: string): boolean {
  if (
    NOTE_PREFIXES.some((p) => norm === p.trim() || norm.startsWith(p.endsWith(" ") ? p : `${p} `))
  )
    return true;
  const p = ` ${norm} `;
  return p.includes(" ngay ") && p.includes(" thang ");
}

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|[a-h])( |$)/;

/** true for a section line inside the data: "I. Khu vực thành thị", "Khu vực nông thôn", "a) Thôn vùng cao". */
export function isSubheadingLabel(norm: string): boolean {
  return ROMAN.test(norm) || /^(khu vuc|vung|nhom|cum|xa|phuong|thi tran) /.test(`${norm} `);
}

const SUBTOTAL =
  /^(cong|tong|tong cong|tong so|cong so) (khu vuc|vung|nhom|cum|khoi|thanh thi|nong thon|[ivx]+|[a-d])( |$)/;

const SUBTOTAL_WORD = /^(cong|tong|tong cong|tong so|cong so) /;

/**
 * true for a group sub-total inside the data: "Cộng khu vực thành thị", "Tổng nhóm I", "Cộng II", "Cộng khu phố 3",
 * "Cộng xã Hưng Thịnh (cũ)" — "Cộng" followed by a place word or an enumerator, never a village ("Cộng Hòa").
 */
export function isSubtotalLabel(norm: string): boolean {
  if (SUBTOTAL.test(norm)) return true;
  const m = SUBTOTAL_WORD.exec(norm);
  if (!m) return false;
  const rest = norm.slice(m[0].length);
  return readKindWord(rest) !== "" || rest.endsWith(" cu");
}
