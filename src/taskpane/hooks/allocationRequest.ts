import {
  allocateTarget,
  buildAllocationsPlan,
  formatAllocationFailure,
  parseNumberText,
  type AllocationPart,
  type TableData,
  type UnitLock,
  type WritePlan,
} from "../../core";
import { buildAllocationRows, totalAllocation } from "./allocationPreview";
import type { Notice } from "./notice";
import { resolveTargetText } from "./targets";
import type { AllocationRequest, PendingWrite } from "./useWorkbook.types";

/** The commune's targets as typed; empty when not set. */
export type CommuneTargetTexts = { readonly poor: string; readonly nearPoor: string };

export type AllocationProposal =
  | { readonly ok: true; readonly plan: WritePlan; readonly allocation: PendingWrite["allocation"] }
  | { readonly ok: false; readonly error: Notice };

/**
 * The allocation of the commune's targets (as typed) over the villages, as a plan and the preview's rows; null when no target
 * is typed. Locks fix the poor-household cuts; with only a near-poor target, the near-poor ones.
 */
export function buildAllocationProposal(
  data: TableData,
  targets: CommuneTargetTexts,
  request: AllocationRequest,
  formulas: boolean
): AllocationProposal | null {
  const poor = resolveTargetText(targets.poor, data);
  const nearPoor = resolveTargetText(targets.nearPoor, data);
  const locks = toLocks(request.locks ?? {});
  const parts: AllocationPart[] = [];
  const asked = [
    ["poor", poor, locks],
    ["nearPoor", nearPoor, poor ? [] : locks],
  ] as const;
  for (const [subject, target, subjectLocks] of asked) {
    if (!target) continue;
    const r = allocateTarget(data, target.households, request.method, {
      subject,
      locks: subjectLocks,
    });
    if (!r.ok) return { ok: false, error: { render: (l) => formatAllocationFailure(r, l) } };
    parts.push({ subject, cuts: r.cuts });
  }
  const shown = parts[0];
  if (!shown) return null;
  const rows = buildAllocationRows(data, shown.cuts, shown.subject);
  return {
    ok: true,
    plan: buildAllocationsPlan(data, parts, { formulas }),
    allocation: { rows, total: totalAllocation(data, rows, shown.subject) },
  };
}

/** Typed locks by row → the engine's locks (an unreadable number goes through as NaN: the engine names the village). */
export function toLocks(typed: Readonly<Record<number, string>>): UnitLock[] {
  return Object.entries(typed)
    .filter(([, text]) => text.trim() !== "")
    .map(([row, text]) => ({
      unit: Number(row),
      cut: parseNumberText(text, "count") ?? Number.NaN,
    }));
}
