import * as React from "react";
import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import type { SectionTab } from "./SectionTabs.types";

function MenuEntry(props: { tab: SectionTab; onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(props.tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => props.onSelect(props.tab.id)}>{props.tab.label}</MenuItem>;
}

/** The "…" tab's menu: the tabs that do not fit in the tab list (its own chunk, see SectionTabs). */
export function MoreMenuPopup(props: {
  readonly trigger: React.ReactElement;
  readonly tabs: readonly SectionTab[];
  readonly onSelect: (id: string) => void;
}): React.ReactElement {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{props.trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.tabs.map((t) => (
            <MenuEntry key={t.id} tab={t} onSelect={props.onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
