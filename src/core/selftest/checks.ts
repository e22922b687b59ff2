import { selfTestMessages } from "../messages/selftest";
import { translator, type Lang } from "../messages/define";
import type { Grid } from "../model/grid";
import type { RawValue } from "../model/cell";

const t = translator(selfTestMessages);

/** A failed check inside a scenario (caught and reported, never thrown to the caller). */
export class Mismatch extends Error {}

export function at(
  grid: Grid,
  address: string
): { value: RawValue; formula: string | null; format: string } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Mismatch(address);
  const col = [...(m[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const i = Number(m[2]) - grid.top;
  const j = col - grid.left;
  return {
    value: grid.values[i]?.[j] ?? null,
    formula: grid.formulas[i]?.[j] ?? null,
    format: grid.numberFormats[i]?.[j] ?? "General",
  };
}

export function expectThat(ok: boolean, what: string, lang: Lang): void {
  if (!ok) throw new Mismatch(t(lang, "unexpected", { what }));
}
