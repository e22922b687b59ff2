import type { Lang, MessageParams } from "../core";
import type { CliMessageKey } from "./messages";
import type { OptionSpec, ParsedArgs } from "./parseArgs";

/** Where the CLI writes. Each call receives whole lines ending in "\n". */
export type CliIo = { readonly stdout: (s: string) => void; readonly stderr: (s: string) => void };

/** What a command gets to run: its parsed arguments, the language, and line printers. */
export type CliContext = {
  readonly command: string;
  readonly lang: Lang;
  readonly args: ParsedArgs;
  /** Print one line on stdout. */
  readonly out: (line: string) => void;
  /** Print one line on stderr (notes only: a failing command throws a CliError / HostError instead). */
  readonly note: (line: string) => void;
  /** A CLI message in the chosen language. */
  readonly t: (key: CliMessageKey, params?: MessageParams) => string;
};

/**
 * One `giamngheo` command. Register it in `commands/index.ts` (one line). `run` returns the exit code
 * (0 no errors, 1 errors in the data) and throws CliError / HostError for unusable input (exit 2).
 * `--lang` and `--help` are handled by `runCli` for every command.
 */
export type CliCommand = {
  readonly name: string;
  /** One usage line, e.g. "giamngheo check FILE.xlsx [--json]". */
  readonly synopsis: (lang: Lang) => string;
  /** One sentence saying what the command does. */
  readonly summary: (lang: Lang) => string;
  /** One help line per option. */
  readonly optionHelp: (lang: Lang) => readonly string[];
  readonly options: readonly OptionSpec[];
  readonly run: (ctx: CliContext) => Promise<number>;
};
