import { baseName, describeProblem, describeStatus, formatNumber, ratesOf } from "../../core";
import type { Consolidation } from "../../core";
import type { CliContext } from "../command";

/** One line per file (status, commune, file, counts and first problem), then the counts per status and the totals. */
export function printConsolidation(ctx: CliContext, c: Consolidation): void {
  for (const l of c.lines) {
    const counts =
      l.errors + l.warnings > 0
        ? ` — ${ctx.t("aggregateCounts", { errors: l.errors, warnings: l.warnings })}`
        : "";
    const why = l.problem && l.status !== "ok" ? ` — ${describeProblem(l.problem, ctx.lang)}` : "";
    ctx.out(
      ctx.t("aggregateLine", {
        status: describeStatus(l.status, ctx.lang),
        name: l.name,
        file: baseName(l.file),
        detail: counts + why,
      })
    );
  }
  const count = (s: string): number => c.lines.filter((l) => l.status === s).length;
  ctx.out(
    ctx.t("aggregateSummary", {
      aggregated: c.communes.length,
      files: c.lines.length,
      ok: count("ok"),
      errors: count("errors"),
      unreadable: count("unreadable"),
      duplicate: count("duplicate"),
    })
  );
  const rates = ratesOf(c.totals);
  ctx.out(
    ctx.t("aggregateTotals", {
      households: formatNumber(c.totals.households, ctx.lang),
      poor: formatNumber(c.totals.poor, ctx.lang),
      poorRate: rates.poorRate === null ? "—" : formatNumber(rates.poorRate, ctx.lang, 2),
      poorCut: c.totals.poorCut === null ? "—" : formatNumber(c.totals.poorCut, ctx.lang),
    })
  );
}
