import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { idempotencyHeader, newIdempotencyKey, useIdempotencyKey } from "./idempotency";

const FORMAT = /^[A-Za-z0-9_-]{8,128}$/; // what backend/app/core/idempotency.py accepts

describe("idempotency keys", () => {
  it("are new each time and in the format the API accepts", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(FORMAT);
    expect(newIdempotencyKey()).not.toBe(a);
    expect(idempotencyHeader(a)).toEqual({ "Idempotency-Key": a });
  });

  it("keep one key per intent: the same across renders, new after renew() or when reopened", () => {
    const { result, rerender } = renderHook(({ open }) => useIdempotencyKey(open), { initialProps: { open: true } });
    const first = result.current.key;
    rerender({ open: true });
    expect(result.current.key).toBe(first);
    act(() => result.current.renew());
    const second = result.current.key;
    expect(second).not.toBe(first);
    rerender({ open: false });
    expect(result.current.key).toBe(second);
    rerender({ open: true });
    expect(result.current.key).not.toBe(second);
    expect(result.current.key).toMatch(FORMAT);
  });
});
