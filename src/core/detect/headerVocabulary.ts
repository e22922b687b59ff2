/**
 * The words of appendix headers, as data: what a normalized header text (lowercase, no diacritics) says about its
 * column. Each table is read top to bottom and the first rule with a matching phrase wins, so put the more specific
 * phrases first. A phrase matches whole words ("ho" matches "so ho ngheo", not "thon"). To teach the detector a new
 * wording, add a phrase here and a line to the header corpus (tests/corpus/headers.ts).
 */

export type Subject = "population" | "households" | "poor" | "nearPoor";
export type Aspect = "start" | "cut" | "projected";

export type PhraseRule<T> = {
  readonly value: T;
  readonly phrases: readonly string[];
  /** The rule does not apply when one of these phrases is also present. */
  readonly unless?: readonly string[];
};

/** Whose count a column holds. `weak`: only the generic "số hộ", which a group header or the aspect may refine. */
export const SUBJECT_VOCABULARY: readonly PhraseRule<{
  readonly subject: Subject;
  readonly weak: boolean;
}>[] = [
  {
    value: { subject: "population", weak: false },
    phrases: [
      "dan so",
      "nhan khau",
      "so khau",
      "so dan",
      "so nguoi",
      "tong khau",
      "khau",
      "nhan so",
      "so nhan khau",
    ],
  },
  {
    value: { subject: "nearPoor", weak: false },
    phrases: ["can ngheo", "hcn", "ho cn", "canngheo"],
  },
  {
    value: { subject: "poor", weak: false },
    phrases: ["ngheo", "hn", "so hn", "ho ngeo"],
  },
  {
    value: { subject: "households", weak: false },
    phrases: [
      "tong so ho",
      "ho dan",
      "dan cu",
      "tren dia ban",
      "gia dinh",
      "tong ho",
      "toan bo ho",
      "ts ho",
      "tong so ho dan",
      "ho toan thon",
      "so ho toan",
      "ho trong thon",
      "tong cong ho",
    ],
  },
  {
    value: { subject: "households", weak: true },
    phrases: ["so ho", "ho", "tong so", "so luong ho"],
    unless: ["ho tro", "ho so"],
  },
];

/** Whether a column is the situation, the planned cut or the projected result. */
export const ASPECT_VOCABULARY: readonly PhraseRule<Aspect>[] = [
  {
    value: "projected",
    phrases: [
      "con lai",
      "sau giam",
      "sau khi giam",
      "sau khi thuc hien",
      "xuong con",
      "giam con",
      "ngheo con",
      "con %",
      "sau thoat ngheo",
    ],
  },
  {
    value: "projected",
    phrases: ["du kien", "uoc tinh", "uoc", "du bao", "uoc thuc hien"],
    unless: ["giam", "thoat", "chi tieu", "phan dau"],
  },
  {
    value: "cut",
    phrases: [
      "giam",
      "thoat",
      "chi tieu",
      "ke hoach",
      "phan dau",
      "muc tieu",
      "dang ky",
      "giao",
      "chitieu",
      "kh",
    ],
  },
  {
    value: "start",
    phrases: [
      "tinh hinh",
      "dau nam",
      "dau ky",
      "hien co",
      "hien tai",
      "thuc trang",
      "ra soat",
      "hien nay",
      "ket qua",
      "thoi diem",
    ],
  },
];

/** Words that tie a column to the poor or near-poor ("Số khẩu nghèo": the poor's persons, not the population). */
export const POOR_WORDS: readonly string[] = ["ngheo", "hn", "hcn", "ho cn"];

/** "cuối năm" without an explicit aspect: the projected result when a cut comes before it. */
export const END_OF_YEAR_PHRASES: readonly string[] = [
  "cuoi nam",
  "cuoi ky",
  "den cuoi",
  "het nam",
];

/** Rate or count. */
export const MEASURE_VOCABULARY: readonly PhraseRule<"rate" | "count">[] = [
  {
    value: "rate",
    phrases: ["ty le", "ti le", "%", "phan tram", "tl", "ty trong", "chiem", "tyle", "tile"],
  },
  {
    value: "count",
    phrases: ["so ho", "so luong", "so", "nguoi", "khau", "sl"],
  },
];

/** The row-number column. */
export const INDEX_TEXTS: ReadonlySet<string> = new Set([
  "tt",
  "stt",
  "so tt",
  "so thu tu",
  "thu tu",
  "s tt",
  "no",
  "#",
  "t t",
  "s t t",
  "so tt thon",
]);

/** Words a unit header is made of ("Tên thôn, tổ dân phố"); at least one must be a core word. */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  "thon to dan pho tdp don vi ten xom ban ap khu khoi lang buon bon cu dia khom soc plei pley the va hoac cac hanh chinh diem cum phum kp tp so doi".split(
    " "
  )
);
export const UNIT_CORE: ReadonlySet<string> = new Set(
  "thon tdp xom ban ap pho vi lang buon bon khom soc plei pley to khu khoi phum kp doi cum".split(
    " "
  )
);

type CompiledRule<T> = {
  readonly value: T;
  readonly phrases: readonly string[];
  readonly unless: readonly string[];
};

const COMPILED = new WeakMap<readonly PhraseRule<unknown>[], readonly CompiledRule<unknown>[]>();
const PADDED = new WeakMap<readonly string[], readonly string[]>();

const pad = (phrases: readonly string[]): readonly string[] => phrases.map((w) => ` ${w} `);

function compile<T>(rules: readonly PhraseRule<T>[]): readonly CompiledRule<T>[] {
  let c = COMPILED.get(rules) as readonly CompiledRule<T>[] | undefined;
  if (!c) {
    c = rules.map((r) => ({
      value: r.value,
      phrases: pad(r.phrases),
      unless: pad(r.unless ?? []),
    }));
    COMPILED.set(rules, c);
  }
  return c;
}

const includesAny = (padded: string, spaced: readonly string[]): boolean =>
  spaced.some((w) => padded.includes(w));

/** The first rule whose phrase occurs in `padded` (the text with a space on each side), unless vetoed. */
export function matchVocabulary<T>(padded: string, rules: readonly PhraseRule<T>[]): T | undefined {
  for (const rule of compile(rules)) {
    if (includesAny(padded, rule.phrases) && !includesAny(padded, rule.unless)) return rule.value;
  }
  return undefined;
}

export function containsAny(padded: string, phrases: readonly string[]): boolean {
  let spaced = PADDED.get(phrases);
  if (!spaced) {
    spaced = pad(phrases);
    PADDED.set(phrases, spaced);
  }
  return includesAny(padded, spaced);
}

/**
 * English words of a bilingual header's gloss ("STT / No.", "Số hộ nghèo / Poor households"): a part made only of
 * them is a translation and is left out. No word here may read as Vietnamese without diacritics.
 */
export const ENGLISH_GLOSS_WORDS: ReadonlySet<string> = new Set(
  (
    "no nr number order of total sum grand subtotal village villages hamlet hamlets residential group groups " +
    "quarter unit units name names area ward commune households household poor near poverty rate rates ratio " +
    "share percent percentage % population people persons inhabitants size reduction reduced reduce target " +
    "targets planned plan projected expected estimated remaining year end start beginning escaped exited " +
    "returned new newly fell back into out during note notes remarks"
  ).split(" ")
);
