/**
 * Whether a word is a well-formed Vietnamese syllable (in Unicode): an initial consonant, a vowel group and a final
 * from the language's inventories, at most one tone mark, a stop final (-c -ch -p -t) only with the sắc or nặng
 * tone, and ordinary capitalisation ("hộ", "Hộ", "HỘ" — never "hỘ"). A measure of plausibility for telling legacy
 * text from Unicode, not a spelling checker.
 */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?";
/** Vowel groups that may take a final consonant. */
const CLOSABLE = [
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
  "y",
  "oa",
  "oă",
  "oe",
  "oo",
  "uâ",
  "uê",
  "uy",
  "uơ",
  "iê",
  "yê",
  "uô",
  "ươ",
  "uyê",
];
/** Vowel groups ending in a glide, or open only. */
const OPEN = [
  "ai",
  "ao",
  "au",
  "ay",
  "âu",
  "ây",
  "eo",
  "êu",
  "ia",
  "iu",
  "oi",
  "ôi",
  "ơi",
  "ua",
  "ui",
  "ưa",
  "ưi",
  "ưu",
  "iêu",
  "yêu",
  "oai",
  "oay",
  "oao",
  "oeo",
  "uây",
  "uôi",
  "ươi",
  "ươu",
  "uya",
  "uyu",
  "uêu",
  "uai",
  "uay",
];
/** Groups that never stand without a final. */
const NEED_FINAL = new Set(["ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê", "oo"]);
const FINALS = "(?:ch|nh|ng|c|m|n|p|t)";
const SHAPE = new RegExp(
  `^(${INITIAL})(${[...CLOSABLE, ...OPEN].sort((a, b) => b.length - a.length).join("|")})(${FINALS})?$`,
  "u"
);
const OPEN_SET = new Set(OPEN);

function toneCount(decomposed: string): number {
  return decomposed.match(TONES)?.length ?? 0;
}

function hasOrdinaryCase(word: string): boolean {
  const lower = word.toLowerCase();
  if (word === lower || word === word.toUpperCase()) return true;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === lower.slice(1);
}

/** @example isVietnameseWord("Tổng") === true; isVietnameseWord("Tæng") === false */
export function isVietnameseWord(word: string): boolean {
  if (word.length === 0 || word.length > 8 || !hasOrdinaryCase(word)) return false;
  const decomposed = word.toLowerCase().normalize("NFD");
  const tones = toneCount(decomposed);
  if (tones > 1) return false;
  const bare = decomposed.replace(TONES, "").normalize("NFC");
  const m = SHAPE.exec(bare);
  if (m === null) return false;
  const initial = m[1] ?? "";
  const vowels = m[2] ?? "";
  const final = m[3] ?? "";
  if (final === "" && NEED_FINAL.has(vowels)) return false;
  if (final !== "" && OPEN_SET.has(vowels)) return false;
  if (initial === "qu" && vowels.startsWith("u")) return false;
  if (/^(c|ch|p|t)$/.test(final)) {
    const tone = decomposed.match(TONES)?.[0];
    if (tone !== "\u0301" && tone !== "\u0323") return false;
  }
  if ((final === "ch" || final === "nh") && !/(a|ê|i|y)$/.test(vowels)) return false;
  return true;
}
