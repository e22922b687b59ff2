import { isHostError } from "../core";
import { cliMessages, type CliMessageKey } from "./messages";
import { translator, type Lang, type MessageParams } from "../core";
import { CliError } from "./CliError";
import type { CliCommand, CliContext, CliIo } from "./command";
import { COMMANDS } from "./commands";
import { installNodeInflater } from "./nodeInflater";
import { parseArgs, type OptionSpec } from "./parseArgs";

const t = translator(cliMessages);

const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: "lang", kind: "choice", choices: ["vi", "en"] },
  { name: "help", alias: "h", kind: "flag" },
];

const defaultIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

/** `--lang en` / `--lang=en` anywhere in argv, so even argument errors come in the chosen language. */
function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === "--lang" ? argv[i + 1] : a?.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "en" || v === "vi") return v;
  }
  return "vi";
}

const wantsHelp = (argv: readonly string[]) => argv.some((a) => a === "--help" || a === "-h");

function mainHelp(lang: Lang): string {
  return [
    t(lang, "helpIntro"),
    "",
    t(lang, "helpUsage"),
    ...COMMANDS.flatMap((c) => [`  ${c.synopsis(lang)}`, `      ${c.summary(lang)}`]),
    "",
    t(lang, "helpOptions"),
    t(lang, "helpCommon"),
    "",
    t(lang, "helpExit"),
  ].join("\n");
}

function commandHelp(c: CliCommand, lang: Lang): string {
  return [
    `${t(lang, "helpUsage")} ${c.synopsis(lang)}`,
    c.summary(lang),
    "",
    t(lang, "helpOptions"),
    ...c.optionHelp(lang),
    t(lang, "helpCommon"),
    "",
    t(lang, "helpExit"),
  ].join("\n");
}

/** One line, whatever went wrong: no stack trace, no newline inside. */
function reasonLine(e: unknown, lang: Lang): string {
  if (e instanceof CliError) return e.toMessage(lang);
  if (isHostError(e)) return e.toMessage(lang);
  const detail = e instanceof Error ? e.message : String(e);
  return t(lang, "unexpected", { detail: detail.split(/\r?\n/)[0]?.slice(0, 200) ?? "" });
}

/**
 * Run `giamngheo` with `argv` (without "node" and the script). Never throws: returns the exit code —
 * 0 no errors (warnings allowed), 1 errors found in the data, 2 unusable input or arguments, with one line
 * on stderr saying why (Vietnamese unless `--lang en`).
 * @example await runCli(["check", "phu-luc.xlsx", "--json"]) // prints {"file": …, "tables": […]}
 */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  installNodeInflater();
  const lang = langOf(argv);
  try {
    const [name, ...rest] = argv;
    if (
      name === undefined ||
      name === "help" ||
      ((name === "--help" || name === "-h") && rest.length === 0)
    ) {
      if (name === undefined) throw new CliError("missingCommand");
      io.stdout(mainHelp(lang) + "\n");
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      if (name.startsWith("-") && wantsHelp(argv)) {
        io.stdout(mainHelp(lang) + "\n");
        return 0;
      }
      throw new CliError(name.startsWith("-") ? "missingCommand" : "unknownCommand", {
        name,
        commands: COMMANDS.map((c) => c.name).join(", "),
      });
    }
    if (wantsHelp(rest)) {
      io.stdout(commandHelp(command, lang) + "\n");
      return 0;
    }
    const args = parseArgs(rest, command.name, [...command.options, ...COMMON_OPTIONS]);
    const ctx: CliContext = {
      command: command.name,
      lang,
      args,
      out: (line) => io.stdout(line + "\n"),
      note: (line) => io.stderr(line + "\n"),
      t: (key: CliMessageKey, params?: MessageParams) => t(lang, key, params),
    };
    return await command.run(ctx);
  } catch (e) {
    io.stderr(reasonLine(e, lang).replace(/\r?\n/g, " ") + "\n");
    return 2;
  }
}
