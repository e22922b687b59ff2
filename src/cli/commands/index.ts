import type { CliCommand } from "../command";
import { aggregateCommand } from "./aggregate";
import { allocateCommand } from "./allocate";
import { checkCommand } from "./check";
import { fixCommand } from "./fix";
import { narrativeCommand } from "./narrative";
import { selftestCommand } from "./selftest";
import { summaryCommand } from "./summary";
import { unicodeCommand } from "./unicode";

/** Every `giamngheo` command, in help order. Adding a command = its file + one line here. */
export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  fixCommand,
  allocateCommand,
  summaryCommand,
  unicodeCommand,
  narrativeCommand,
  aggregateCommand,
  selftestCommand,
];
