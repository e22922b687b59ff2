import * as React from "react";

/** Sections whose chunk failed to load: "Thử lại" (LoadBoundary) makes each fetch again on its next render. */
const failed = new Set<() => void>();

/** Forget every failed load, so the sections fetch their chunks again when rendered (the network is back). */
export function retryFailedSections(): void {
  for (const reset of [...failed]) reset();
  failed.clear();
}

/**
 * `lazySection(() => import("./components/X"), "X")`: the named export X of a module webpack puts in its own
 * chunk, fetched on first render inside a Suspense boundary (SectionPanel and LoadBoundary provide one). React.lazy alone keeps a
 * failed fetch (a dropped connection) for good; here "Thử lại" fetches anew.
 */
export function lazySection<M, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K
): M[K] extends React.ComponentType<infer P extends object> ? React.FunctionComponent<P> : never {
  type P = M[K] extends React.ComponentType<infer Q extends object> ? Q : never;
  const make = (): React.LazyExoticComponent<React.ComponentType<P>> =>
    React.lazy(() =>
      load().then(
        (m) => ({ default: m[name] as React.ComponentType<P> }),
        (e: unknown) => {
          failed.add(reset);
          throw e;
        }
      )
    );
  let Lazy = make();
  const reset = () => {
    Lazy = make();
  };
  const Section = (props: P) => <Lazy {...props} />;
  Section.displayName = `Lazy(${name})`;
  return Section as never;
}
