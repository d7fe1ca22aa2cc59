import * as React from "react";

/**
 * `Idempotency-Key` for the office's money and policy writes (backend/app/core/idempotency.py):
 * ONE key per user intent. It is made when the dialog/wizard step opens, sent again on every retry
 * of that same submission (a double click or a lost answer replays the first result instead of
 * writing twice) and replaced only after a success.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // crypto.randomUUID needs a secure context (https or localhost); getRandomValues does not.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The request option that carries the key (openapi-fetch `params.header`). */
export function idempotencyHeader(key: string) {
  return { "Idempotency-Key": key };
}

/**
 * The key of the intent on screen: a new one each time `active` turns true (the dialog opens),
 * the same one for every retry, `renew()` after a success.
 */
export function useIdempotencyKey(active = true): { key: string; renew: () => void } {
  const [key, setKey] = React.useState(newIdempotencyKey);
  const wasActive = React.useRef(active);
  React.useEffect(() => {
    if (active && !wasActive.current) setKey(newIdempotencyKey());
    wasActive.current = active;
  }, [active]);
  const renew = React.useCallback(() => setKey(newIdempotencyKey()), []);
  return { key, renew };
}
