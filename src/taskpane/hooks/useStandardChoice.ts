import * as React from "react";
import {
  applyStandardSettings,
  findPlaceKind,
  findPlanYear,
  listUnconfirmed,
  parseStandardSettings,
  standardById,
  standardForYear,
  STANDARDS,
} from "../../core";
import type {
  Grid,
  PlaceKind,
  PovertyStandard,
  StandardId,
  StandardSettings,
  TableData,
  UnconfirmedItem,
} from "../../core";
import { summaryNotice } from "./notice";
import type { WorkbookActions } from "./useWorkbook";

export const SETTINGS_KEY = "giamngheo.standardSettings";
const FIRST_YEAR = STANDARDS[0]?.years.value[0] ?? 2022;
const LAST_YEAR = STANDARDS[STANDARDS.length - 1]?.years.value[1] ?? 2030;
const clampYear = (y: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, y));

type StandardActions = Pick<
  WorkbookActions,
  "loadSetting" | "saveSetting" | "announce" | "reportError"
>;

/**
 * The plan year and the poverty standard it implies, read from the table's titles (with whether it is a ward), the
 * officer's choice over them, and the average-living line the officer may save in the workbook where the standard
 * has none confirmed yet.
 */
export function useStandardChoice(
  actions: StandardActions,
  data: TableData | null,
  grid: Grid | null
) {
  const [year, setYearState] = React.useState<number | null>(null);
  const [place, setPlace] = React.useState<PlaceKind | undefined>(undefined);
  const [standardId, setStandardId] = React.useState<StandardId>(
    standardForYear(clampYear(new Date().getFullYear())).id
  );
  const [settings, setSettings] = React.useState<StandardSettings>({});
  const [averageInput, setAverageInput] = React.useState({ rural: "", urban: "" });

  React.useEffect(() => {
    let live = true;
    actions.loadSetting(SETTINGS_KEY).then(
      (saved) => live && setSettings(parseStandardSettings(saved)),
      (e: unknown) => live && actions.reportError(e)
    );
    return () => {
      live = false;
    };
  }, [actions]);

  React.useEffect(() => {
    if (!data || !grid) return;
    const found = findPlanYear(grid, data.layout);
    // A newly read table resets what the officer chose from its titles (year, place kind, standard).
    /* eslint-disable react-hooks/set-state-in-effect */
    setPlace(findPlaceKind(grid, data.layout));
    setYearState(found);
    if (found !== null) setStandardId(standardForYear(clampYear(found)).id);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [grid, data]);

  const standard: PovertyStandard = React.useMemo(() => {
    const base = standardById(standardId);
    try {
      return base.averageLines.confirmed ? base : applyStandardSettings(base, settings);
    } catch {
      return base;
    }
  }, [standardId, settings]);
  const unconfirmed: readonly UnconfirmedItem[] = React.useMemo(
    () => listUnconfirmed(standard),
    [standard]
  );

  const setYear = (y: number | null) => {
    setYearState(y);
    if (y !== null && y >= FIRST_YEAR && y <= LAST_YEAR) setStandardId(standardForYear(y).id);
  };

  async function saveAverage(): Promise<void> {
    const rural = Number(averageInput.rural.replace(/[.\s]/g, ""));
    const urban = Number(averageInput.urban.replace(/[.\s]/g, ""));
    const next: StandardSettings = { averageLines: { rural, urban } };
    try {
      applyStandardSettings(standardById(standardId), next);
    } catch {
      return actions.announce(summaryNotice("uiSettingsInvalid"));
    }
    try {
      await actions.saveSetting(SETTINGS_KEY, JSON.stringify(next));
      setSettings(next);
      actions.announce(summaryNotice("uiSettingsSaved"));
    } catch (e) {
      actions.reportError(e);
    }
  }

  return {
    year,
    setYear,
    yearRange: [FIRST_YEAR, LAST_YEAR] as const,
    place,
    standardId,
    setStandardId,
    standard,
    unconfirmed,
    averageInput,
    setAverageInput,
    saveAverage,
  };
}
