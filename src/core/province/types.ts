import type { TargetInput } from "../allocate/target";
import type { HostErrorCode, Issue } from "../model";
import type { MessageParams } from "../messages/define";

/** A commune's figures: the sums of its units' readable cells (null when the appendix has no such column). */
export type CommuneCounts = {
  readonly households: number;
  readonly population: number | null;
  readonly poor: number;
  readonly nearPoor: number | null;
  readonly poorCut: number | null;
  readonly nearPoorCut: number | null;
};

/** Where a commune's name came from: its workbook's title lines, or (failing that) the file name. */
export type NameSource = "title" | "file";

/** Why a file was not aggregated. Plain data, so it crosses a worker boundary and is worded later in either language. */
export type FileProblem =
  | { readonly kind: "host"; readonly code: HostErrorCode; readonly params: MessageParams }
  | { readonly kind: "noAppendix" }
  | { readonly kind: "onlyTransitions" }
  | { readonly kind: "noCountColumns"; readonly table: string }
  | { readonly kind: "noUnits"; readonly table: string }
  | { readonly kind: "unexpected"; readonly detail: string };

/** One commune workbook as read on its own (what a worker returns). */
export type CommuneReading =
  | {
      readonly file: string;
      readonly readable: true;
      readonly name: string;
      readonly nameSource: NameSource;
      /** "Phụ lục!A5:I14": the appendix the figures come from. */
      readonly table: string;
      readonly units: number;
      readonly counts: CommuneCounts;
      readonly errors: number;
      readonly warnings: number;
      /** The first issue (errors before warnings), or null. */
      readonly firstIssue: Issue | null;
    }
  | {
      readonly file: string;
      readonly readable: false;
      readonly name: string;
      readonly nameSource: NameSource;
      readonly problem: FileProblem;
    };

export type CommuneStatus = "ok" | "errors" | "unreadable" | "duplicate";

/** A target the province assigned to one commune (the targets workbook's row). */
export type AssignedTarget = {
  readonly name: string;
  readonly row: number;
  readonly input: TargetInput;
};

/** How a commune's planned cut compares with the province's target. */
export type TargetCheck = {
  readonly input: TargetInput;
  /** The target in households (a rate is turned into households of the commune's own households). */
  readonly households: number;
  readonly rate: number | null;
  /** The commune's planned poor-household cut (null: no cut column). */
  readonly planned: number | null;
  readonly mismatch: boolean;
};

/** The first problem of a commune, worded later: a file problem, an issue of its appendix, a duplicate, a target. */
export type CommuneProblem =
  | { readonly kind: "file"; readonly problem: FileProblem }
  | { readonly kind: "issue"; readonly issue: Issue }
  | { readonly kind: "duplicate"; readonly of: string }
  | { readonly kind: "target"; readonly target: TargetCheck };

/** One line of the consolidation: a file, its commune and its status. */
export type CommuneLine = {
  readonly file: string;
  readonly name: string;
  readonly nameSource: NameSource;
  readonly status: CommuneStatus;
  readonly errors: number;
  readonly warnings: number;
  /** null for unreadable files. */
  readonly counts: CommuneCounts | null;
  readonly target: TargetCheck | null;
  readonly problem: CommuneProblem | null;
};

export type Consolidation = {
  /** Every file, in the order given. */
  readonly lines: readonly CommuneLine[];
  /** The aggregated communes (ok and errors), in Vietnamese alphabetical order. */
  readonly communes: readonly CommuneLine[];
  /** Sums over `communes` (a count is null when no commune has that column). */
  readonly totals: CommuneCounts;
  /** Targets that name no commune of the files. */
  readonly unmatchedTargets: readonly AssignedTarget[];
};
