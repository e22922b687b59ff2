import * as React from "react";
import {
  Badge,
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { formatDetectFailure, isTransitionsTable, rangeToA1, toColumnLetters } from "../../../core";
import type { TableGroup, TableLayout } from "../../../core";
import { uiText } from "../../messages";
import { APPENDIX_ROLES } from "../../../core";
import type { ColumnChoice } from "../../hooks/columnChoices";
import type { TableSectionProps } from "./TableSection.types";
import { useTableSectionStyles } from "./useTableSectionStyles.styles";

const NONE = "none";

/**
 * The option lists placed once as they open, not again whenever they or their field change size: Fluent's
 * positioning re-measures from a ResizeObserver and its new width and height resize the list inside that observer,
 * which on a busy machine raised "ResizeObserver loop completed with undelivered notifications" (microsoft/fluentui
 * #33220), the red overlay of `npm start` (issue 19). The list still follows the pane's scrolling.
 */
const LIST_POSITION = { disableUpdateOnResize: true } as const;

function optionText(c: ColumnChoice, lang: TableSectionProps["lang"], full = true): string {
  const header = full ? c.header : c.short;
  return header === ""
    ? uiText(lang, "columnOptionBlank", { col: c.letter })
    : uiText(lang, "columnOption", { col: c.letter, header });
}

/** One line per option: "Cột E: Số hộ nghèo (Tình hình hộ nghèo)", the column's own heading before its group's. */
function compactOptionText(c: ColumnChoice, lang: TableSectionProps["lang"]): string {
  const above = c.header.split(" / ").slice(0, -1).join(" / ");
  const own = optionText(c, lang, false);
  return above === "" ? own : `${own} (${above})`;
}

/** "Xã Hưng Thịnh (cũ): dòng 4–5, dòng cộng 3". */
function groupText(lang: TableSectionProps["lang"], g: TableGroup): string {
  const from = g.unitRows[0] ?? 0;
  const to = g.unitRows[g.unitRows.length - 1] ?? from;
  return g.subtotalRow === null
    ? uiText(lang, "groupSpan", { name: g.name, from, to })
    : uiText(lang, "groupSpanSubtotal", { name: g.name, from, to, subtotal: g.subtotalRow });
}

/** In plain words: a transitions table, and the column its current (end-of-year) figures come from. */
function transitionsNote(layout: TableLayout, lang: TableSectionProps["lang"]): string {
  const end = layout.columns.poorEnd ?? layout.columns.nearPoorEnd;
  return end === undefined
    ? uiText(lang, "transitionsTableNoEnd")
    : uiText(lang, "transitionsTable", { col: toColumnLetters(end) });
}

/**
 * "Bảng": the detected table(s), a picker when there are several, the groups of units (former communes, khu phố)
 * and the "trong đó" rows left out of the units, and the editable column mapping.
 */
export function TableSection(props: TableSectionProps): React.ReactElement {
  const { lang, disabled, loading, tables, tableIndex, layout, detectFailure, choices } = props;
  const styles = useTableSectionStyles();
  const span = (r: readonly [number, number]) => uiText(lang, "rowSpan", { from: r[0], to: r[1] });
  const tableLabel = (t: (typeof tables)[number]) =>
    uiText(lang, "tableOption", { sheet: t.sheet, range: rangeToA1(t.range) });
  return (
    <div className={styles.root}>
      <div className={styles.headingRow}>
        <h2 className={styles.heading}>{uiText(lang, "tableHeading")}</h2>
        <Button
          appearance="subtle"
          icon={<ArrowSyncRegular />}
          disabled={disabled}
          title={uiText(lang, "redetectHint")}
          onClick={props.onRedetect}
        >
          {uiText(lang, "redetect")}
        </Button>
      </div>
      {loading && <Spinner size="small" label={uiText(lang, "detecting")} />}
      {!loading && tables.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {uiText(lang, "noTable")}{" "}
            {detectFailure
              ? formatDetectFailure(detectFailure.result, lang, detectFailure.sheet)
              : ""}
          </MessageBarBody>
        </MessageBar>
      )}
      {tables.length > 1 && (
        <Field label={uiText(lang, "tablePicker")}>
          <Dropdown
            positioning={LIST_POSITION}
            className={styles.dropdown}
            disabled={disabled}
            value={tables[tableIndex] ? tableLabel(tables[tableIndex]) : ""}
            selectedOptions={[String(tableIndex)]}
            onOptionSelect={(_, d) =>
              d.optionValue !== undefined && props.onSelectTable(Number(d.optionValue))
            }
          >
            {tables.map((t, i) => (
              <Option key={`${t.sheet}-${t.range.top}`} value={String(i)}>
                {tableLabel(t)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {layout && (
        <>
          <dl className={styles.facts}>
            <dt className={styles.term}>{uiText(lang, "fieldSheet")}</dt>
            <dd className={styles.value}>{layout.sheet}</dd>
            <dt className={styles.term}>{uiText(lang, "fieldRange")}</dt>
            <dd className={styles.value}>{rangeToA1(layout.range)}</dd>
            <dt className={styles.term}>{uiText(lang, "fieldHeaderRows")}</dt>
            <dd className={styles.value}>{span(layout.headerRows)}</dd>
            <dt className={styles.term}>{uiText(lang, "fieldDataRows")}</dt>
            <dd className={styles.value}>{span(layout.dataRows)}</dd>
            <dt className={styles.term}>{uiText(lang, "fieldTotalsRow")}</dt>
            <dd className={styles.value}>{layout.totalsRow ?? uiText(lang, "noTotalsRow")}</dd>
            <dt className={styles.term}>{uiText(lang, "fieldUnits")}</dt>
            <dd className={styles.value}>{props.unitCount}</dd>
            {layout.groups && layout.groups.length > 0 && (
              <>
                <dt className={styles.term}>{uiText(lang, "fieldGroups")}</dt>
                <dd className={styles.value}>
                  <ul className={styles.groups}>
                    {layout.groups.map((g) => (
                      <li key={g.unitRows[0]}>{groupText(lang, g)}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {layout.breakdowns && layout.breakdowns.length > 0 && (
              <>
                <dt className={styles.term}>{uiText(lang, "fieldBreakdowns")}</dt>
                <dd className={styles.value}>{layout.breakdowns.map((b) => b.row).join(", ")}</dd>
              </>
            )}
            <dt className={styles.term}>{uiText(lang, "fieldConfidence")}</dt>
            <dd className={`${styles.value} ${styles.confidence}`}>
              <Badge
                className={styles.badge}
                appearance="tint"
                color={
                  layout.confidence >= 0.8
                    ? "success"
                    : layout.confidence >= 0.5
                      ? "warning"
                      : "danger"
                }
              >
                {uiText(
                  lang,
                  layout.confidence >= 0.8
                    ? "confidenceHigh"
                    : layout.confidence >= 0.5
                      ? "confidenceMedium"
                      : "confidenceLow"
                )}
              </Badge>
            </dd>
          </dl>
          {isTransitionsTable(layout) && (
            <MessageBar intent="info">
              <MessageBarBody>{transitionsNote(layout, lang)}</MessageBarBody>
            </MessageBar>
          )}
          <section className={styles.mapping} aria-labelledby="mapping-heading">
            <h3 id="mapping-heading" className={styles.subheading}>
              {uiText(lang, "mappingHeading")}
            </h3>
            <Text size={200} className={styles.hint}>
              {uiText(lang, "mappingHint")}
            </Text>
            {APPENDIX_ROLES.map((role) => {
              const col = layout.columns[role];
              const current = choices.find((c) => c.col === col);
              return (
                <Field key={role} label={uiText(lang, `role_${role}`)} orientation="horizontal">
                  <Dropdown
                    positioning={LIST_POSITION}
                    className={styles.dropdown}
                    size="small"
                    disabled={disabled}
                    value={current ? optionText(current, lang, false) : uiText(lang, "mappingNone")}
                    title={current ? optionText(current, lang) : undefined}
                    selectedOptions={[current ? String(current.col) : NONE]}
                    onOptionSelect={(_, d) => {
                      if (d.optionValue === undefined) return;
                      props.onColumnChange(
                        role,
                        d.optionValue === NONE ? null : Number(d.optionValue)
                      );
                    }}
                  >
                    <Option value={NONE}>{uiText(lang, "mappingNone")}</Option>
                    {choices.map((c) => (
                      <Option
                        key={c.col}
                        value={String(c.col)}
                        text={compactOptionText(c, lang)}
                        title={optionText(c, lang)}
                      >
                        <span className={styles.option}>{compactOptionText(c, lang)}</span>
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </section>
        </>
      )}
    </div>
  );
}
