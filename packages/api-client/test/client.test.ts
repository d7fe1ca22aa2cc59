import { describe, expect, it, vi } from "vitest";

import { ApiError, createApiClient, parseRetryAfter, unwrap } from "../src";

type Handler = (request: Request) => Response | Promise<Response>;

function fakeFetch(handler: Handler) {
  const seen: { url: string; method: string; auth: string | null; body: string }[] = [];
  const fetch = vi.fn(async (request: Request) => {
    seen.push({
      url: new URL(request.url).pathname,
      method: request.method,
      auth: request.headers.get("Authorization"),
      body: await request.clone().text(),
    });
    return handler(request);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });

const expired = () => json(401, { error: "TOKEN_EXPIRED", detail: "Tu sesión expiró." });

describe("createApiClient", () => {
  it("sends the access token as a Bearer header", async () => {
    const { fetch, seen } = fakeFetch(() => json(200, []));
    const api = createApiClient({ baseUrl: "http://api.test", getAccessToken: () => "tok-1", fetch });
    await api.GET("/api/v1/auth/sessions");
    expect(seen[0]?.auth).toBe("Bearer tok-1");
  });

  it("refreshes once on a 401 and repeats the request with its body", async () => {
    let token = "old";
    const { fetch, seen } = fakeFetch((request) =>
      request.headers.get("Authorization") === "Bearer new" ? new Response(null, { status: 204 }) : expired(),
    );
    const onUnauthorized = vi.fn(async () => {
      token = "new";
      return token;
    });
    const api = createApiClient({ baseUrl: "http://api.test", getAccessToken: () => token, onUnauthorized, fetch });
    const { response } = await api.POST("/api/v1/auth/password/change", {
      body: { current_password: "a", new_password: "b" },
    });
    expect(response.status).toBe(204);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(seen.map((s) => s.auth)).toEqual(["Bearer old", "Bearer new"]);
    expect(JSON.parse(seen[1]!.body)).toEqual({ current_password: "a", new_password: "b" });
  });

  it("returns the 401 when the session cannot be renewed", async () => {
    const { fetch, seen } = fakeFetch(() => expired());
    const api = createApiClient({
      baseUrl: "http://api.test",
      getAccessToken: () => "old",
      onUnauthorized: async () => null,
      fetch,
    });
    await expect(unwrap(api.GET("/api/v1/auth/me"))).rejects.toMatchObject({ status: 401, code: "TOKEN_EXPIRED" });
    expect(seen).toHaveLength(1);
  });

  it("never refreshes on the login routes (a 401 there is a wrong password)", async () => {
    const { fetch, seen } = fakeFetch(() =>
      json(401, { error: "INVALID_CREDENTIALS", detail: "Usuario o contraseña incorrectos." }),
    );
    const onUnauthorized = vi.fn(async () => "new");
    const api = createApiClient({ baseUrl: "http://api.test", getAccessToken: () => null, onUnauthorized, fetch });
    const error = await unwrap(api.POST("/api/v1/auth/login", { body: { username: "x", password: "y" } })).catch(
      (e: unknown) => e,
    );
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).detail).toBe("Usuario o contraseña incorrectos.");
  });

  it("types the error envelope with its fields and Retry-After", async () => {
    const { fetch } = fakeFetch(() =>
      json(
        429,
        { error: "TOO_MANY_ATTEMPTS", detail: "Demasiados intentos.", fields: { username: "bloqueado" } },
        { "Retry-After": "90" },
      ),
    );
    const api = createApiClient({ baseUrl: "http://api.test", getAccessToken: () => null, fetch });
    const error = (await unwrap(
      api.POST("/api/v1/auth/login", { body: { username: "x", password: "y" } }),
    ).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.code).toBe("TOO_MANY_ATTEMPTS");
    expect(error.fields).toEqual({ username: "bloqueado" });
    expect(error.retryAfter).toBe(90);
  });

  it("turns a failed connection into a Spanish NETWORK_ERROR", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof globalThis.fetch;
    const api = createApiClient({ baseUrl: "http://api.test", getAccessToken: () => null, fetch });
    await expect(unwrap(api.GET("/api/v1/auth/me"))).rejects.toMatchObject({
      status: 0,
      code: "NETWORK_ERROR",
    });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("120")).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    const now = Date.parse("2026-11-28T12:00:00Z");
    expect(parseRetryAfter("Sat, 28 Nov 2026 12:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter("soon")).toBeNull();
  });
});
