import * as React from "react";

/**
 * Grow a read-only textarea to its text (all lines visible at any pane width): on every text change and whenever
 * its width changes (the pane resized, the language switched, a scroll bar came or went). The new height is set
 * in the next animation frame, never inside the ResizeObserver callback: resizing the observed box while the
 * browser delivers its notifications is what raises "ResizeObserver loop completed with undelivered
 * notifications" (the red overlay `npm start` showed over the Tổng hợp tab).
 */
export function useFitToText(text: string): React.RefObject<HTMLTextAreaElement | null> {
  const ref = React.useRef<HTMLTextAreaElement | null>(null);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const fit = () => {
      el.style.height = "auto";
      el.style.height = `${el.scrollHeight + 2}px`;
    };
    fit();
    if (typeof ResizeObserver === "undefined") return undefined;
    let width = el.clientWidth;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [text]);
  return ref;
}
