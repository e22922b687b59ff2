import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tooltip,
} from "@fluentui/react-components";
import { TextEditStyleRegular } from "@fluentui/react-icons";
import { uiText } from "../../messages";
import { WritePreview } from "../WritePreview";
import type { LegacyEncodingBarProps } from "./LegacyEncodingBar.types";
import { useLegacyEncodingBarStyles } from "./useLegacyEncodingBarStyles.styles";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI-Windows" } as const;

/**
 * Shown while the workbook holds TCVN3 / VNI text (LEGACY_ENCODING): says so, and offers the Unicode conversion,
 * previewed like every write before the officer confirms it.
 */
export function LegacyEncodingBar(props: LegacyEncodingBarProps): React.ReactElement | null {
  const { lang, disabled, legacy, pending } = props;
  const styles = useLegacyEncodingBarStyles();
  if (legacy === null) return null;
  const params = { encoding: ENCODING_NAMES[legacy.encoding], cells: legacy.cells };
  const preview = pending !== null && pending.action === "unicode" ? pending : null;
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{uiText(lang, "legacyTitle", params)}</MessageBarTitle>
          {uiText(lang, "legacyBody", params)}
        </MessageBarBody>
      </MessageBar>
      {preview === null && (
        <div className={styles.actions}>
          <Tooltip content={uiText(lang, "legacyConvertHint")} relationship="description">
            <Button icon={<TextEditStyleRegular />} disabled={disabled} onClick={props.onConvert}>
              {uiText(lang, "legacyConvert")}
            </Button>
          </Tooltip>
        </div>
      )}
      {preview !== null && (
        <WritePreview
          lang={lang}
          pending={preview}
          disabled={disabled}
          onConfirm={props.onConfirm}
          onCancel={props.onCancel}
        />
      )}
    </div>
  );
}
