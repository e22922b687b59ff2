/**
 * VNI-Windows (the code of the VNI-Times, VNI-Helve … fonts), as the characters Excel stores for it (the
 * Windows-1252 reading of its bytes: "Toång soá hoä" for "Tổng số hộ"). A letter with marks is its base letter
 * followed by one mark byte; the mark byte's case follows the letter's ("oá" ố, "OÁ" Ố). Nine letters have a byte
 * of their own.
 */

/** Mark bytes (lowercase form; the uppercase form is its capital), with the combining marks they stand for. */
export const VNI_MARKS: readonly (readonly [string, string, readonly string[]])[] = [
  // byte, combining marks, the base letters it follows
  ["ø", "\u0300", ["a", "e", "o", "u", "y", "ơ", "ư"]],
  ["ù", "\u0301", ["a", "e", "o", "u", "y", "ơ", "ư"]],
  ["û", "\u0309", ["a", "e", "o", "u", "y", "ơ", "ư"]],
  ["õ", "\u0303", ["a", "e", "o", "u", "y", "ơ", "ư"]],
  ["ï", "\u0323", ["a", "e", "o", "u", "ơ", "ư"]],
  ["â", "\u0302", ["a", "e", "o"]],
  ["à", "\u0302\u0300", ["a", "e", "o"]],
  ["á", "\u0302\u0301", ["a", "e", "o"]],
  ["å", "\u0302\u0309", ["a", "e", "o"]],
  ["ã", "\u0302\u0303", ["a", "e", "o"]],
  ["ä", "\u0302\u0323", ["a", "e", "o"]],
  ["ê", "\u0306", ["a"]],
  ["è", "\u0306\u0300", ["a"]],
  ["é", "\u0306\u0301", ["a"]],
  ["ú", "\u0306\u0309", ["a"]],
  ["ü", "\u0306\u0303", ["a"]],
  ["ë", "\u0306\u0323", ["a"]],
];

/** Letters with a byte of their own (lowercase; the uppercase byte is the capital of the lowercase one). */
export const VNI_SINGLES: readonly (readonly [string, string])[] = [
  ["ì", "ì"],
  ["í", "í"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["ò", "ị"],
  ["î", "ỵ"],
  ["ñ", "đ"],
  ["ô", "ơ"],
  ["ö", "ư"],
];
