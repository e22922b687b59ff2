import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Lang } from "../../../core";
import { uiText } from "../../messages";
import { retryFailedSections } from "./lazySection";

type Props = { readonly lang: Lang; readonly children: React.ReactNode };
type State = { readonly failed: boolean };

/**
 * Around lazily loaded content: a spinner while its chunk arrives, and if the chunk cannot be fetched (the network
 * dropped) a sentence saying so with "Thử lại" instead of an empty or crashed pane.
 */
export class LoadBoundary extends React.Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  private readonly retry = (): void => {
    retryFailedSections();
    this.setState({ failed: false });
  };

  override render(): React.ReactNode {
    const { lang, children } = this.props;
    if (this.state.failed)
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{uiText(lang, "sectionLoadFailedTitle")}</MessageBarTitle>
            {uiText(lang, "sectionLoadFailed")}{" "}
            <Button size="small" onClick={this.retry}>
              {uiText(lang, "slowConnectionRetry")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    return (
      <React.Suspense fallback={<Spinner size="small" label={uiText(lang, "sectionLoading")} />}>
        {children}
      </React.Suspense>
    );
  }
}
