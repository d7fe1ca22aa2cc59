"use client";

import * as React from "react";

/** Seconds left until `until` (ms since the epoch), ticking once a second; 0 when past or null. */
export function useCountdown(until: number | null): number {
  const compute = React.useCallback(() => (until ? Math.max(0, Math.ceil((until - Date.now()) / 1000)) : 0), [until]);
  const [left, setLeft] = React.useState(compute);
  React.useEffect(() => {
    setLeft(compute());
    if (!until) return undefined;
    const id = setInterval(() => {
      const next = compute();
      setLeft(next);
      if (next <= 0) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  }, [until, compute]);
  return left;
}
