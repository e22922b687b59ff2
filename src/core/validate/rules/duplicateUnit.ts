import { toMatchKey } from "../../text/normalizeText";
import type { IssueDraft, ValidationContext, ValidationRule } from "../types";

/** Two unit rows name the same unit, compared without case, diacritics or spaces; reported on the later row. */
export const duplicateUnit: ValidationRule = {
  code: "DUPLICATE_UNIT",
  severity: "error",
  check: (ctx: ValidationContext): IssueDraft[] => {
    const seen = new Map<string, number>();
    const out: IssueDraft[] = [];
    for (const u of ctx.units) {
      const key = toMatchKey(u.name);
      if (key.length === 0) continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, u.row);
      else out.push({ row: u.row, role: "unit", actual: u.name, params: { otherRow: first } });
    }
    return out;
  },
};
