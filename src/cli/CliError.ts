import type { Lang, MessageParams } from "../core";
import { cliMessages, type CliMessageKey } from "./messages";
import { renderTemplate } from "../core";

/** The input or the arguments cannot be used: the CLI prints the one-line reason on stderr and exits 2. */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    readonly key: CliMessageKey,
    readonly params: MessageParams = {}
  ) {
    super(renderTemplate(cliMessages.vi[key], params));
  }

  toMessage(lang: Lang): string {
    return renderTemplate(cliMessages[lang][this.key], this.params);
  }
}
