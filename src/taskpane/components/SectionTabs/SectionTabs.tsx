import * as React from "react";
import {
  Button,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useOverflowMenu,
} from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { lazySection } from "../LazyLoad";
import type { SectionTabsProps, SectionTab } from "./SectionTabs.types";
import { useSectionTabsStyles } from "./useSectionTabsStyles.styles";

/** The "…" menu's Fluent Menu, fetched only once some tab does not fit (at most widths every tab does). */
const MoreMenuPopup = lazySection(
  () => import(/* webpackChunkName: "more-menu" */ "./MoreMenuPopup"),
  "MoreMenuPopup"
);

function MoreMenu(props: {
  tabs: readonly SectionTab[];
  label: string;
  onSelect: (id: string) => void;
}) {
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  const trigger = (
    <Button
      ref={ref as React.Ref<never>}
      appearance="transparent"
      // Inside a tablist only tabs may sit (aria-required-children): the "…" is a tab opening a menu,
      // as in Fluent's TabList "with overflow" example.
      role="tab"
      aria-selected={false}
      icon={<MoreHorizontalRegular />}
      aria-label={props.label}
    />
  );
  return (
    <React.Suspense fallback={trigger}>
      <MoreMenuPopup trigger={trigger} tabs={props.tabs} onSelect={props.onSelect} />
    </React.Suspense>
  );
}

/**
 * The pane's sections as a Fluent TabList that never scrolls sideways: tabs that do not fit move into a "…"
 * menu (Fluent's Overflow, as its TabList "with overflow" example does); the selected tab always stays visible.
 */
export function SectionTabs(props: SectionTabsProps): React.ReactElement {
  const { tabs, selected, onSelect } = props;
  const styles = useSectionTabsStyles();
  return (
    <Overflow minimumVisible={1} padding={4}>
      <TabList
        className={styles.root}
        size="small"
        selectedValue={selected}
        aria-label={props.label}
        onTabSelect={(_, d) => onSelect(String(d.value))}
      >
        {tabs.map((t) => (
          <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? 2 : 1}>
            <Tab
              className={styles.tab}
              id={`tab-${t.id}`}
              value={t.id}
              aria-controls={`panel-${t.id}`}
            >
              {t.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreMenu tabs={tabs} label={props.moreLabel} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}
