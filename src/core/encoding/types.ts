export type { LegacyCell, LegacyEncoding } from "../model/legacy";
import type { LegacyEncoding } from "../model/legacy";

/** A font's encoding: `uppercase` for the TCVN3 fonts that draw every letter as a capital (.VnTimeH …). */
export type LegacyFont = { readonly encoding: LegacyEncoding; readonly uppercase: boolean };
