export type Subject = "population" | "households" | "poor" | "nearPoor";
export type Aspect = "start" | "cut" | "projected";

/** What one header text (already normalized) says about its column. */
export type HeaderFeatures = {
  readonly index: boolean;
  readonly unit: boolean;
  readonly subject?: Subject;
  /** true when the subject is only the generic "số hộ", which a group header may refine. */
  readonly weakSubject: boolean;
  readonly measure?: "rate" | "count";
  readonly aspect?: Aspect;
  /** "cuối năm" without an explicit aspect: projected when under a cut group. */
  readonly endOfYear: boolean;
};

const INDEX_TEXTS = new Set(["tt", "stt", "so tt", "so thu tu", "thu tu", "s tt", "no", "#"]);
const UNIT_WORDS = new Set(
  "thon to dan pho tdp don vi ten xom ban ap khu khoi lang buon cu dia khom soc plei the va hoac cac hanh chinh diem cum phum kp tp so".split(
    " "
  )
);
const UNIT_CORE = new Set(
  "thon tdp xom ban ap pho vi lang buon khom soc plei to khu khoi phum kp".split(" ")
);

const has = (padded: string, ...words: string[]): boolean =>
  words.some((w) => padded.includes(` ${w} `));

/** true when the whole text names the unit column: "Thôn", "Tổ dân phố", "Thôn/TDP", "Đơn vị", "Tên thôn", "Xóm", … */
export function isUnitHeaderText(norm: string): boolean {
  if (norm.length === 0 || norm.length > 40) return false;
  const space = norm.indexOf(" ");
  if (!UNIT_WORDS.has(space < 0 ? norm : norm.slice(0, space))) return false;
  const words = norm.split(" ");
  if (words.length > 7) return false;
  return words.every((w) => UNIT_WORDS.has(w)) && words.some((w) => UNIT_CORE.has(w));
}

export function isIndexHeaderText(norm: string): boolean {
  return INDEX_TEXTS.has(norm);
}

function readSubject(p: string): { subject?: Subject; weak: boolean } {
  if (has(p, "dan so", "nhan khau", "so khau", "so dan", "so nguoi", "tong khau"))
    return { subject: "population", weak: false };
  if (has(p, "can ngheo")) return { subject: "nearPoor", weak: false };
  if (has(p, "ngheo")) return { subject: "poor", weak: false };
  if (
    has(
      p,
      "tong so ho",
      "ho dan",
      "dan cu",
      "tren dia ban",
      "gia dinh",
      "tong ho",
      "toan bo ho",
      "tong so"
    )
  ) {
    return { subject: "households", weak: false };
  }
  if (has(p, "so ho", "ho")) return { subject: "households", weak: true };
  return { weak: false };
}

function readAspect(p: string): { aspect?: Aspect; endOfYear: boolean } {
  if (has(p, "con lai", "sau giam", "sau khi giam", "sau khi thuc hien"))
    return { aspect: "projected", endOfYear: false };
  if (has(p, "du kien", "uoc tinh", "uoc") && !has(p, "giam", "thoat"))
    return { aspect: "projected", endOfYear: false };
  if (has(p, "giam", "thoat", "chi tieu", "ke hoach", "phan dau"))
    return { aspect: "cut", endOfYear: false };
  if (
    has(
      p,
      "tinh hinh",
      "dau nam",
      "dau ky",
      "hien co",
      "hien tai",
      "thuc trang",
      "ra soat",
      "hien nay"
    )
  ) {
    return { aspect: "start", endOfYear: false };
  }
  return { endOfYear: has(p, "cuoi nam", "cuoi ky") };
}

function readMeasure(p: string): "rate" | "count" | undefined {
  if (has(p, "ty le", "ti le", "%", "phan tram")) return "rate";
  if (has(p, "so ho", "so luong", "so", "nguoi", "khau")) return "count";
  return undefined;
}

/**
 * Read the features of one normalized header text.
 * @example readHeaderFeatures("ty le giam %") // { measure: "rate", aspect: "cut", … }
 */
export function readHeaderFeatures(norm: string): HeaderFeatures {
  const p = ` ${norm} `;
  const { subject, weak } = readSubject(p);
  const { aspect, endOfYear } = readAspect(p);
  const measure = readMeasure(p);
  return {
    index: isIndexHeaderText(norm),
    unit: isUnitHeaderText(norm),
    weakSubject: weak,
    endOfYear,
    ...(subject ? { subject } : {}),
    ...(measure ? { measure } : {}),
    ...(aspect ? { aspect } : {}),
  };
}

/** true when a text looks like part of an appendix header (used to accept group rows above the unit header). */
export function isHeaderLikeText(norm: string): boolean {
  const f = readHeaderFeatures(norm);
  return (
    f.subject !== undefined || f.measure === "rate" || f.aspect !== undefined || f.index || f.unit
  );
}
