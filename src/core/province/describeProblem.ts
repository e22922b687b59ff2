import { formatTarget } from "../allocate/target";
import type { Lang } from "../messages/define";
import { renderTemplate } from "../messages/define";
import { hostMessages } from "../messages/host";
import { tProvince } from "../messages/province";
import { formatIssue } from "../report/formatIssue";
import type { CommuneProblem, CommuneStatus, FileProblem } from "./types";

/** Why a file could not be aggregated, as one sentence fragment. */
export function describeFileProblem(p: FileProblem, lang: Lang): string {
  switch (p.kind) {
    case "host":
      return renderTemplate(hostMessages[lang][p.code], p.params);
    case "noAppendix":
      return tProvince(lang, "noAppendix");
    case "onlyTransitions":
      return tProvince(lang, "onlyTransitions");
    case "noCountColumns":
      return tProvince(lang, "noCountColumns", { table: p.table });
    case "noUnits":
      return tProvince(lang, "noUnits", { table: p.table });
    case "unexpected":
      return tProvince(lang, "unexpected", { detail: p.detail });
  }
}

/**
 * A commune's first problem (or the reason it was not aggregated) in the chosen language.
 * @example describeProblem({ kind: "issue", issue }, "vi") // "ô Phụ lục!F9: Tỷ lệ … 2,83 …"
 */
export function describeProblem(p: CommuneProblem, lang: Lang): string {
  switch (p.kind) {
    case "file":
      return describeFileProblem(p.problem, lang);
    case "issue":
      return tProvince(lang, "issueAt", {
        cell: `${p.issue.sheet}!${p.issue.cell}`,
        message: formatIssue(p.issue, lang),
      });
    case "duplicate":
      return tProvince(lang, "duplicateOf", { file: p.of });
    case "target": {
      const t = p.target;
      if (t.planned === null) return tProvince(lang, "targetNoCut", { target: t.households });
      return tProvince(lang, "targetMismatch", {
        planned: t.planned,
        target: t.households,
        targetText: formatTarget(
          { households: t.households, rate: t.rate, given: t.input.kind },
          lang
        ),
      });
    }
  }
}

/** "Đạt", "Có lỗi", "Không đọc được", "Trùng xã". */
export const describeStatus = (s: CommuneStatus, lang: Lang): string =>
  tProvince(lang, `status_${s}`);
