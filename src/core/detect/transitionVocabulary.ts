/**
 * Header words of the transitions table ("diễn biến hộ nghèo / cận nghèo", the provincial report's "Mẫu số 3"), as
 * normalized text (no diacritics, lower case). Data only: mapTransitionColumns decides with it.
 */
export type Movement = "start" | "exited" | "reentered" | "newCount" | "end";

/** Words naming a movement, most specific first. */
export const MOVEMENT_WORDS: readonly {
  readonly movement: Movement;
  readonly words: readonly string[];
}[] = [
  { movement: "reentered", words: ["tai ngheo", "tai can ngheo", "ngheo lai"] },
  { movement: "newCount", words: ["phat sinh", "ngheo moi", "can ngheo moi"] },
  { movement: "exited", words: ["thoat ngheo", "thoat can ngheo", "thoat"] },
  { movement: "end", words: ["cuoi nam", "cuoi ky", "den cuoi"] },
  { movement: "start", words: ["dau nam", "dau ky"] },
];

/** Movements only a transitions table has: their presence decides the table's kind. */
export const DECIDING_MOVEMENTS: readonly Movement[] = ["reentered", "newCount"];

/** Words of a plan (an appendix): with them, "thoát nghèo" is a planned cut, not a movement. */
export const PLAN_WORDS: readonly string[] = [
  "chi tieu",
  "ke hoach",
  "du kien",
  "phan dau",
  "giao",
];

export const NEAR_POOR_WORDS: readonly string[] = ["can ngheo"];
export const POOR_WORDS: readonly string[] = ["ngheo"];
export const RATE_WORDS: readonly string[] = ["ty le", "ti le", "%", "phan tram"];
