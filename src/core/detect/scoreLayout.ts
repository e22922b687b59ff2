import type { TableLayout } from "../model/table";

/** How sure the detector is, 0..1: a unit column plus households and poor is the core of an appendix table. */
export function scoreLayout(layout: TableLayout): number {
  const c = layout.columns;
  let score = 0.4;
  if (c.households !== undefined) score += 0.2;
  if (c.poor !== undefined) score += 0.2;
  if (layout.totalsRow !== null) score += 0.08;
  if (c.poorRate !== undefined || c.poorCut !== undefined) score += 0.06;
  if (c.index !== undefined || c.population !== undefined) score += 0.06;
  if (layout.unitRows.length < 2) score -= 0.1;
  return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}
