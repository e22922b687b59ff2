import type { CliContext } from "../command";
import { CliError } from "../CliError";
import { assertDifferentOutput } from "../files";

/** The one FILE argument. @throws CliError missingFile / extraArgument */
export function inputFile(ctx: CliContext): string {
  const [file, extra] = ctx.args.positionals;
  if (file === undefined) throw new CliError("missingFile", { command: ctx.command });
  if (extra !== undefined)
    throw new CliError("extraArgument", { arg: extra, command: ctx.command });
  return file;
}

/** `-o OUT`, required and different from the input. @throws CliError missingOption / sameOutput */
export function outputFile(ctx: CliContext, input: string): string {
  const out = ctx.args.options["output"];
  if (typeof out !== "string")
    throw new CliError("missingOption", { command: ctx.command, option: "-o" });
  assertDifferentOutput(input, out);
  return out;
}

export const OUTPUT_OPTION = { name: "output", alias: "o", kind: "string" } as const;
export const SHEET_OPTION = { name: "sheet", kind: "string" } as const;
export const FORMULAS_OPTION = { name: "formulas", kind: "flag" } as const;

export const optionalString = (v: unknown): string | undefined =>
  typeof v === "string" ? v : undefined;
