import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { endSession, onUnauthorized, refreshAccessToken, startSession } from "./session";
import { useSessionStore } from "./session-store";

const tokenResponse = (token: string) =>
  new Response(JSON.stringify({ access_token: token, expires_in: 900, token_type: "bearer" }), {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  endSession();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("silent refresh", () => {
  it("shares one request between concurrent callers (the refresh token rotates)", async () => {
    const fetch = vi.fn(async () => tokenResponse("nuevo"));
    vi.stubGlobal("fetch", fetch);
    const [a, b, c] = await Promise.all([refreshAccessToken(), refreshAccessToken(), refreshAccessToken()]);
    expect([a, b, c]).toEqual(["nuevo", "nuevo", "nuevo"]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith("/api/v1/auth/refresh", { method: "POST", credentials: "same-origin" });
    expect(useSessionStore.getState()).toMatchObject({ status: "authenticated", accessToken: "nuevo" });
  });

  it("renews a minute before the access token expires", async () => {
    const fetch = vi.fn(async () => tokenResponse("renovado"));
    vi.stubGlobal("fetch", fetch);
    startSession({ access_token: "primero", expires_in: 900 });
    await vi.advanceTimersByTimeAsync(839_000);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(useSessionStore.getState().accessToken).toBe("renovado");
  });
});

describe("a session that ends under an open page", () => {
  it("marks it expired and holds the failed call until the person signs in again", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    startSession({ access_token: "viejo", expires_in: 900 });

    let retried: string | null | undefined;
    const pending = onUnauthorized().then((token) => {
      retried = token;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(useSessionStore.getState().status).toBe("expired");
    expect(useSessionStore.getState().accessToken).toBeNull();
    expect(retried).toBeUndefined(); // still waiting: the form's request is not lost

    startSession({ access_token: "otra-vez", expires_in: 900 }); // the re-login dialog
    await pending;
    expect(retried).toBe("otra-vez");
    expect(useSessionStore.getState().status).toBe("authenticated");
  });

  it("gives up the waiting calls when the person leaves", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    startSession({ access_token: "viejo", expires_in: 900 });
    const pending = onUnauthorized();
    await vi.advanceTimersByTimeAsync(0);
    endSession();
    await expect(pending).resolves.toBeNull();
    expect(useSessionStore.getState().status).toBe("anonymous");
  });

  it("with no session at all (login pages) a 401 is just a 401", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    useSessionStore.getState().clear();
    await expect(onUnauthorized()).resolves.toBeNull();
  });
});
