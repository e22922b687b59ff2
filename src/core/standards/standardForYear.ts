import { UsageError } from "../errors";
import { ND07_2021 } from "./nd07_2021";
import { ND351_2025 } from "./nd351_2025";
import type { PovertyStandard, StandardId } from "./types";

/** Every standard the add-in knows, oldest first. */
export const STANDARDS: readonly PovertyStandard[] = [ND07_2021, ND351_2025];

/** Thrown when no known standard covers the year asked for (a caller bug: offer only STANDARDS' years). */
export class NoStandardForYearError extends UsageError {}

/**
 * The standard that applies to a plan year (2022–2026 → Decree 07/2021, 2027–2030 → Decree 351/2025).
 * Whether the late-2026 review already uses 351/2025 is unconfirmed, so the pane lets the officer pick either.
 * @example standardForYear(2026).id === "ND07_2021"; standardForYear(2027).id === "ND351_2025"
 * @throws NoStandardForYearError for a year outside 2022–2030
 */
export function standardForYear(year: number): PovertyStandard {
  const found = STANDARDS.find((s) => year >= s.years.value[0] && year <= s.years.value[1]);
  if (!found) throw new NoStandardForYearError(`no poverty standard for ${year}`);
  return found;
}

/** @throws UsageError for an unknown id */
export function standardById(id: StandardId): PovertyStandard {
  const found = STANDARDS.find((s) => s.id === id);
  if (!found) throw new UsageError(`unknown standard ${String(id)}`);
  return found;
}
