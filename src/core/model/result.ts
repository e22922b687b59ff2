import type { Issue } from "./issue";

/** zod's safeParse shape: data errors come back as values. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
