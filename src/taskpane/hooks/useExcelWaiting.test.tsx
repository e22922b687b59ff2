import { renderHook } from "@testing-library/react";
import type { WorkbookHost } from "../../core";
import { noticeText } from "./notice";
import { useExcelWaiting } from "./useExcelWaiting";
import type { WorkbookEvent } from "./workbookReducer";

test("a slow write is announced in words, and listening stops with the pane", () => {
  const listeners = new Set<(waiting: boolean) => void>();
  const host = {
    onWaiting: (l: (waiting: boolean) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } as unknown as WorkbookHost;
  const events: WorkbookEvent[] = [];
  const hook = renderHook(() => useExcelWaiting(host, (e) => events.push(e)));
  for (const l of listeners) l(true);
  expect(events).toHaveLength(1);
  const e = events[0];
  expect(e?.type === "announced" && noticeText(e.status, "vi")).toMatch(/Enter hoặc Esc/);
  hook.unmount();
  expect(listeners.size).toBe(0);
});
