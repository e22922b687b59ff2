/** The old 8-bit Vietnamese encodings officers' templates still use (DESIGN.md `LEGACY_ENCODING`). */
export type LegacyEncoding = "tcvn3" | "vni";

/** One cell read decoded: where it is (absolute, 1-based), its encoding and the text it held. */
export type LegacyCell = {
  readonly row: number;
  readonly col: number;
  readonly encoding: LegacyEncoding;
  readonly original: string;
};
