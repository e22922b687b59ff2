export type SectionTab = { readonly id: string; readonly label: string };

export type SectionTabsProps = {
  readonly tabs: readonly SectionTab[];
  readonly selected: string;
  readonly label: string;
  /** Accessible name of the "…" button holding the tabs that do not fit. */
  readonly moreLabel: string;
  readonly onSelect: (id: string) => void;
};
