import * as React from "react";
import type { TooltipProps } from "@fluentui/react-components";
import { lazySection } from "./lazySection";

const Tooltip = lazySection(
  () => import(/* webpackChunkName: "tooltip" */ "./fluentTooltip"),
  "Tooltip"
);

export type DeferredTooltipProps = Omit<TooltipProps, "children"> & {
  readonly children: React.ReactElement;
};

/**
 * Fluent's Tooltip for controls on the pane's first screen, fetched right after it shows: until the chunk arrives
 * (a moment after start, before anyone can hover) the control shows alone and works the same. The tooltip and its
 * positioning engine are about a tenth of the first load, which a hover description does not need.
 */
export function DeferredTooltip(props: DeferredTooltipProps): React.ReactElement {
  return (
    <React.Suspense fallback={props.children}>
      <Tooltip {...props} />
    </React.Suspense>
  );
}
