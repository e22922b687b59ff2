import type { MessageParams } from "../../core";

/** English plural for the counts the pane reports. @example plural(2, "cell") === "2 cells" */
export function plural(n: MessageParams[string], word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
