import {
  parseTargetText,
  resolveTarget,
  sumHouseholds,
  type TableData,
  type Target,
  type TargetInput,
  type UnitLock,
  type ValidateOptions,
} from "../core";
import { CliError } from "./CliError";
import type { CliContext } from "./command";

/** The targets given on the command line, not yet turned into households. */
export type TargetArgs = { readonly poor?: TargetInput; readonly nearPoor?: TargetInput };

function readOne(ctx: CliContext, name: string): TargetInput | undefined {
  const raw = ctx.args.options[name];
  if (raw === undefined) return undefined;
  const parsed = parseTargetText(String(raw));
  if (!parsed) throw new CliError("badTarget", { option: `--${name}`, value: String(raw) });
  return parsed;
}

/** `--target` and `--near-poor-target`: households ("10") or a rate ("1,11%"). @throws CliError badTarget */
export function readTargetArgs(ctx: CliContext): TargetArgs {
  const poor = readOne(ctx, "target");
  const nearPoor = readOne(ctx, "near-poor-target");
  return { ...(poor ? { poor } : {}), ...(nearPoor ? { nearPoor } : {}) };
}

export type ResolvedTargets = { readonly poor?: Target; readonly nearPoor?: Target };

/** The targets in households for one table (a rate needs its households). @throws CliError targetNeedsHouseholds */
export function resolveTargets(args: TargetArgs, data: TableData): ResolvedTargets {
  const total = sumHouseholds(data);
  const one = (input: TargetInput | undefined, option: string): Target | undefined => {
    if (!input) return undefined;
    const t = resolveTarget(input, total);
    if (!Number.isFinite(t.households)) throw new CliError("targetNeedsHouseholds", { option });
    return t;
  };
  const poor = one(args.poor, "--target");
  const nearPoor = one(args.nearPoor, "--near-poor-target");
  return { ...(poor ? { poor } : {}), ...(nearPoor ? { nearPoor } : {}) };
}

/** The check's options for resolved targets (TARGET_MISMATCH states the rate when one was given). */
export function toValidateOptions(t: ResolvedTargets): ValidateOptions {
  const rateOf = (x: Target): number | undefined =>
    x.given === "rate" ? (x.rate ?? undefined) : undefined;
  const poorRate = t.poor ? rateOf(t.poor) : undefined;
  const nearRate = t.nearPoor ? rateOf(t.nearPoor) : undefined;
  return {
    ...(t.poor ? { target: t.poor.households } : {}),
    ...(poorRate !== undefined ? { targetRate: poorRate } : {}),
    ...(t.nearPoor ? { nearPoorTarget: t.nearPoor.households } : {}),
    ...(nearRate !== undefined ? { nearPoorTargetRate: nearRate } : {}),
  };
}

const LOCK_ITEM = /^(.+?)\s*[=:]\s*(\d{1,9})$/u;

/**
 * `--lock "Làng Mài=6,Quang Trung=0"` (or ";" between items): unit names with their fixed cuts.
 * @throws CliError badLock for an item without "=N"
 */
export function readLocks(ctx: CliContext): UnitLock[] {
  const raw = ctx.args.options["lock"];
  if (raw === undefined) return [];
  const items = String(raw)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (items.length === 0) throw new CliError("badLock", { value: String(raw), item: String(raw) });
  return items.map((item) => {
    const m = LOCK_ITEM.exec(item);
    if (!m) throw new CliError("badLock", { value: String(raw), item });
    return { unit: (m[1] as string).trim(), cut: Number(m[2]) };
  });
}
