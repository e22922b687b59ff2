import * as React from "react";
import { PHO_MINH_TARGETS } from "../../core";
import type { IndicatorId, IndicatorTargets } from "../../core";

/** A typed target: a percentage from 0 to 100, with a decimal comma or point. */
function parseTarget(raw: string): number | null {
  const n = Number(raw.replace(",", "."));
  return raw.trim() !== "" && Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

/** The deprivation sheet's per-indicator targets as typed, the ones that read as percentages, and presets. */
export function useIndicatorTargets() {
  const [targets, setTargets] = React.useState<Partial<Record<IndicatorId, string>>>({});
  const parsedTargets: IndicatorTargets = React.useMemo(() => {
    const out: Partial<Record<IndicatorId, number>> = {};
    for (const [id, raw] of Object.entries(targets) as [IndicatorId, string][]) {
      const n = parseTarget(raw);
      if (n !== null) out[id] = n;
    }
    return out;
  }, [targets]);
  return {
    targets,
    parsedTargets,
    targetInvalid: (id: IndicatorId): boolean => {
      const raw = targets[id] ?? "";
      return raw.trim() !== "" && parseTarget(raw) === null;
    },
    setTarget: (id: IndicatorId, v: string) => setTargets((t) => ({ ...t, [id]: v })),
    presetTargets: () =>
      setTargets(
        Object.fromEntries(
          Object.entries(PHO_MINH_TARGETS).map(([k, v]) => [k, String(v)])
        ) as Partial<Record<IndicatorId, string>>
      ),
    clearTargets: () => setTargets({}),
  };
}
