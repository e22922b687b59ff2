import * as React from "react";

/**
 * useReducer whose newest state is also readable at once through a ref: async actions dispatch an event, then
 * read the state it produced without waiting for a render (and stay stable across renders).
 */
export function useLiveReducer<S, E>(
  reduce: (s: S, e: E) => S,
  initial: S
): readonly [S, (e: E) => void, { readonly current: S }] {
  const [state, setState] = React.useState(initial);
  const live = React.useRef(initial);
  const dispatch = React.useCallback(
    (e: E) => {
      live.current = reduce(live.current, e);
      setState(live.current);
    },
    [reduce]
  );
  return [state, dispatch, live] as const;
}
