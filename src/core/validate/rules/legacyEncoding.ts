import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI-Windows" } as const;

/** The table's text was read decoded from TCVN3 / VNI: once per table, at its first decoded header cell. */
export const legacyEncoding: ValidationRule = {
  code: "LEGACY_ENCODING",
  severity: "warning",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const legacy = ctx.data.legacyText;
    if (legacy === undefined) return [];
    return [
      {
        row: legacy.row,
        role: legacy.role,
        actual: legacy.original,
        params: {
          encoding: ENCODING_NAMES[legacy.encoding],
          decoded: legacy.decoded,
          cells: legacy.cells,
        },
      },
    ];
  },
};
