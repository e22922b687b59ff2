import type { ValidationRule } from "../types";
import { breakdownExceedsParent } from "./breakdownExceedsParent";
import { cellError } from "./cellError";
import { cutExceedsPoor } from "./cutExceedsPoor";
import { duplicateUnit } from "./duplicateUnit";
import { householdSizeUnusual } from "./householdSizeUnusual";
import { householdsExceedPopulation } from "./householdsExceedPopulation";
import { legacyEncoding } from "./legacyEncoding";
import { missingValue } from "./missingValue";
import { negativeValue } from "./negativeValue";
import { notANumber } from "./notANumber";
import { notInteger } from "./notInteger";
import { numberAsText } from "./numberAsText";
import { poorExceedsHouseholds } from "./poorExceedsHouseholds";
import { rateMismatch } from "./rateMismatch";
import { rateShownAsFraction } from "./rateShownAsFraction";
import { subtotalMismatch } from "./subtotalMismatch";
import { targetMismatch } from "./targetMismatch";
import { totalMismatch } from "./totalMismatch";
import { totalsRowMissing } from "./totalsRowMissing";
import { transitionMismatch } from "./transitionMismatch";

/** Every validation rule, one per issue code (the registry; validateTable never branches on a code). */
export const VALIDATION_RULES: readonly ValidationRule[] = [
  missingValue,
  notANumber,
  numberAsText,
  cellError,
  negativeValue,
  notInteger,
  poorExceedsHouseholds,
  householdsExceedPopulation,
  cutExceedsPoor,
  rateMismatch,
  totalMismatch,
  totalsRowMissing,
  duplicateUnit,
  householdSizeUnusual,
  targetMismatch,
  legacyEncoding,
  transitionMismatch,
  subtotalMismatch,
  breakdownExceedsParent,
  rateShownAsFraction,
];
