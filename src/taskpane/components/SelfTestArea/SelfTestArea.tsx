import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { uiText } from "../../messages";
import { ContactInfo } from "../ContactInfo";
import type { SelfTestAreaProps } from "./SelfTestArea.types";
import { useSelfTestAreaStyles } from "./useSelfTestAreaStyles.styles";

/**
 * "Giới thiệu và hỗ trợ", folded at the bottom of the pane, out of the officer's way: how to use the pane in four
 * steps, the province's contact, and the "Tự kiểm tra" command (the host self-test, its report copied for a tester).
 */
export function SelfTestArea(props: SelfTestAreaProps): React.ReactElement {
  const { lang } = props;
  const styles = useSelfTestAreaStyles();
  return (
    <Accordion collapsible className={styles.root}>
      <AccordionItem value="help">
        <AccordionHeader size="small">{uiText(lang, "helpArea")}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.body}>
            <section aria-labelledby="how-to-heading">
              <h2 id="how-to-heading" className={styles.howToHeading}>
                {uiText(lang, "howToHeading")}
              </h2>
              <ol className={styles.howTo}>
                {(["howToCheck", "howToFix", "howToAllocate", "howToSummary"] as const).map((k) => (
                  <li key={k}>{uiText(lang, k)}</li>
                ))}
              </ol>
            </section>
            <ContactInfo lang={lang} />
            <span className={styles.hint}>{uiText(lang, "selfTestHint")}</span>
            <div className={styles.actions}>
              <Button disabled={props.disabled || props.running} onClick={props.onRun}>
                {uiText(lang, "selfTest")}
              </Button>
              {props.lines.length > 0 && (
                <Button appearance="subtle" onClick={props.onCopy}>
                  {uiText(lang, "copyReport")}
                </Button>
              )}
            </div>
            {props.running && <Spinner size="tiny" label={uiText(lang, "selfTestRunning")} />}
            {props.copied && <span className={styles.hint}>{uiText(lang, "reportCopied")}</span>}
            {props.lines.length > 0 && (
              <Textarea
                className={styles.report}
                aria-label={uiText(lang, "selfTestReport")}
                readOnly
                resize="vertical"
                rows={Math.min(12, props.lines.length)}
                value={props.lines.join("\n")}
              />
            )}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
