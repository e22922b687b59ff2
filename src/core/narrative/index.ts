export type { NarrativeOptions } from "./buildNarrative";
export { buildNarrative } from "./buildNarrative";
export { findPlanYear } from "./findPlanYear";
