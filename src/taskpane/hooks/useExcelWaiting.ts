import * as React from "react";
import type { WorkbookHost } from "../../core";
import { notice } from "./notice";
import type { WorkbookEvent } from "./workbookReducer";

/**
 * While a write waits for Excel (busy, or a cell being edited) the status line says why; the write itself is
 * never given up, and the pane stays busy (Ghi and Hoàn tác disabled) until it settles.
 */
export function useExcelWaiting(host: WorkbookHost, dispatch: (e: WorkbookEvent) => void): void {
  React.useEffect(
    () =>
      host.onWaiting?.((waiting) => {
        if (waiting) dispatch({ type: "announced", status: notice("excelWaiting") });
      }),
    [host, dispatch]
  );
}
