import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import { describeProblem, describeStatus, formatNumber, ratesOf } from "../../../core";
import type { CommuneLine, CommuneStatus, Lang } from "../../../core";
import { noticeText } from "../../hooks/notice";
import type { ProvinceFile } from "../../hooks/useProvince";
import { uiText } from "../../messages";
import { provinceText } from "../../messages/province";
import { WritePreview } from "../WritePreview";
import type { ProvinceSectionProps } from "./ProvinceSection.types";
import { useProvinceSectionStyles } from "./useProvinceSectionStyles.styles";

const BADGE: Record<CommuneStatus, "success" | "danger" | "warning" | "informative"> = {
  ok: "success",
  errors: "danger",
  unreadable: "warning",
  duplicate: "informative",
};

/** One chosen file: its commune, its state, its first problem, and (once inserted) a way to jump to it. */
function FileItem(props: {
  readonly lang: Lang;
  readonly file: ProvinceFile;
  readonly line: CommuneLine | undefined;
  readonly canJump: boolean;
  readonly disabled: boolean;
  readonly onJump: () => void;
}): React.ReactElement {
  const { lang, file, line } = props;
  const styles = useProvinceSectionStyles();
  const name = line?.name ?? file.reading?.name ?? file.name;
  const read = file.reading;
  // read but not yet consolidated (duplicates and targets are known at the end): the file's own state
  const own: CommuneStatus | null = read
    ? read.readable
      ? read.errors > 0
        ? "errors"
        : "ok"
      : "unreadable"
    : null;
  const status = line?.status ?? own;
  const state =
    status !== null
      ? describeStatus(status, lang)
      : provinceText(lang, file.active ? "readingOne" : "waiting");
  return (
    <li className={styles.item}>
      <div>
        <div className={styles.name}>{name}</div>
        <div className={styles.file}>{file.name}</div>
        {line?.problem && line.status !== "ok" && (
          <div className={styles.problem}>{describeProblem(line.problem, lang)}</div>
        )}
      </div>
      <div className={styles.side}>
        <Badge appearance="tint" color={status !== null ? BADGE[status] : "subtle"}>
          {status === "errors" && line ? `${state} (${line.errors})` : state}
        </Badge>
        {props.canJump && line && line.status !== "ok" && (
          <Button
            size="small"
            appearance="subtle"
            disabled={props.disabled}
            aria-label={provinceText(lang, "jumpLabel", { name })}
            onClick={props.onJump}
          >
            {provinceText(lang, "jump")}
          </Button>
        )}
      </div>
    </li>
  );
}

/**
 * "Tổng hợp nhiều xã", folded below the tabs (the province's work, beside the commune's): choose the communes' files (and optionally the province's targets), watch them being read,
 * see each file's state, preview and insert the two province sheets, and jump to a commune's problem.
 */
export function ProvinceSection(props: ProvinceSectionProps): React.ReactElement {
  const { lang, state, disabled } = props;
  const styles = useProvinceSectionStyles();
  const filesRef = React.useRef<HTMLInputElement>(null);
  const targetsRef = React.useRef<HTMLInputElement>(null);
  const c = state.consolidation;
  const reading = state.progress !== null;
  const lineOf = (name: string) => c?.lines.find((l) => l.file === name);
  const count = (s: CommuneStatus) => c?.lines.filter((l) => l.status === s).length ?? 0;
  const rates = c ? ratesOf(c.totals) : null;
  return (
    <Accordion collapsible className={styles.area}>
      <AccordionItem value="province">
        <AccordionHeader>{uiText(lang, "provinceArea")}</AccordionHeader>
        <AccordionPanel>
          <section className={styles.root} aria-label={uiText(lang, "provinceArea")}>
            <Text className={styles.hint}>{provinceText(lang, "intro")}</Text>
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={disabled || reading}
                onClick={() => filesRef.current?.click()}
              >
                {provinceText(lang, "chooseFiles")}
              </Button>
              <Button disabled={disabled || reading} onClick={() => targetsRef.current?.click()}>
                {provinceText(lang, "chooseTargets")}
              </Button>
              <input
                ref={filesRef}
                className={styles.hidden}
                type="file"
                multiple
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={provinceText(lang, "chooseFiles")}
                onChange={(e) => {
                  props.onChooseFiles(Array.from(e.currentTarget.files ?? []));
                  e.currentTarget.value = "";
                }}
              />
              <input
                ref={targetsRef}
                className={styles.hidden}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-label={provinceText(lang, "chooseTargets")}
                onChange={(e) => {
                  props.onChooseTargets(e.currentTarget.files?.[0]);
                  e.currentTarget.value = "";
                }}
              />
            </div>
            {state.progress && (
              <Field
                validationState="none"
                validationMessage={provinceText(lang, "reading", {
                  done: state.progress.done + 1,
                  total: state.progress.total,
                  file: state.progress.file,
                })}
              >
                <ProgressBar
                  value={state.progress.done / state.progress.total}
                  aria-label={provinceText(lang, "reading", {
                    done: state.progress.done + 1,
                    total: state.progress.total,
                    file: state.progress.file,
                  })}
                />
              </Field>
            )}
            {c && !reading && (
              <div role="status">
                <Text block>
                  {provinceText(lang, "readDone", {
                    files: c.lines.length,
                    aggregated: c.communes.length,
                  })}
                </Text>
                <Text block className={styles.hint}>
                  {provinceText(lang, "counts", {
                    ok: count("ok"),
                    errors: count("errors"),
                    unreadable: count("unreadable"),
                    duplicate: count("duplicate"),
                  })}
                </Text>
                {rates && (
                  <Text block className={styles.hint}>
                    {`${formatNumber(c.totals.households, lang)} · ${formatNumber(c.totals.poor, lang)} (${
                      rates.poorRate === null ? "–" : formatNumber(rates.poorRate, lang, 2)
                    }%)`}
                  </Text>
                )}
                {c.unmatchedTargets.length > 0 && (
                  <Text block className={styles.problem}>
                    {provinceText(lang, "targetsUnmatched", {
                      names: c.unmatchedTargets.map((t) => `“${t.name}”`).join(", "),
                    })}
                  </Text>
                )}
              </div>
            )}
            {state.notice && <Text className={styles.hint}>{noticeText(state.notice, lang)}</Text>}
            {c && !reading && !state.pending && c.communes.length > 0 && (
              <div className={styles.actions}>
                <Button appearance="primary" disabled={disabled} onClick={props.onInsert}>
                  {provinceText(lang, "insert")}
                </Button>
              </div>
            )}
            {state.pending && (
              <WritePreview
                lang={lang}
                pending={state.pending}
                disabled={disabled}
                onConfirm={props.onConfirm}
                onCancel={props.onCancel}
              />
            )}
            {state.files.length > 0 && (
              <ul className={styles.list} aria-label={provinceText(lang, "fileList")}>
                {state.files.map((f) => (
                  <FileItem
                    key={f.name}
                    lang={lang}
                    file={f}
                    line={reading ? undefined : lineOf(f.name)}
                    canJump={state.inserted !== null}
                    disabled={disabled}
                    onJump={() => props.onJump(f.name)}
                  />
                ))}
              </ul>
            )}
          </section>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
