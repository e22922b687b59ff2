export type { NarrativeOptions } from "./buildNarrative";
export { buildNarrative } from "./buildNarrative";
export { findPlanYear } from "./findPlanYear";
export type { PlaceKind } from "./findPlaceKind";
export { findPlaceKind, COMMUNE_PLACE } from "./findPlaceKind";
export { readPreviousYear } from "./readPreviousYear";
export { buildWardTargetSentences } from "./wardTargetSentences";
export { findPlaceName } from "./findPlaceName";
