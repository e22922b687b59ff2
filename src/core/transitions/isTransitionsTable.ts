import { TRANSITION_ROLES } from "../model/roles";
import type { TableLayout } from "../model/table";

/**
 * true when the table is a transitions table ("diễn biến hộ nghèo / cận nghèo"): it has a movement or end-of-year
 * column. What decides is whether transition columns are present (DESIGN.md).
 * @example isTransitionsTable(layout) // false for the Bình Lương appendix
 */
export function isTransitionsTable(layout: TableLayout): boolean {
  return TRANSITION_ROLES.some((role) => layout.columns[role] !== undefined);
}
