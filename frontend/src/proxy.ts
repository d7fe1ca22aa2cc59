import { type NextRequest, NextResponse } from "next/server";

import { buildCsp, makeNonce } from "@/lib/csp";

/**
 * Runs before every page and API request (Next 16's "proxy", formerly middleware):
 *
 * 1. `/api/v1/*` is forwarded to the backend (http://127.0.0.1:$API_PORT by default). The browser
 *    thus talks to one origin only: the refresh cookie (SameSite=Strict, Path=/api/v1/auth) is a
 *    first-party cookie, no CORS is involved and the CSP keeps `connect-src 'self'`. The target is
 *    read at run time, so one build serves `make run` and the e2e stack on different ports.
 * 2. Pages get a per-request nonce and the strict CSP built from it (src/lib/csp.ts). Next.js reads
 *    the request's CSP header while rendering and puts the nonce on its scripts and styles.
 *
 * Not an authorization boundary: the API authorizes every call; pages only hide what a user
 * cannot use.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (pathname.startsWith("/api/v1/")) {
    return NextResponse.rewrite(new URL(pathname + search, apiOrigin()));
  }

  if (pathname.startsWith("/ws/")) return forwardSocket(request);

  const nonce = makeNonce();
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development", https });

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  // Pages carry per-user data once hydrated and a per-request nonce: never cache them.
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * 3. `/ws/*` (Socket.IO: long-polling and the WebSocket upgrade, which Next proxies for external
 *    rewrites) is forwarded to the API the same way. The API's Socket.IO server checks the Origin
 *    against CORS_ORIGINS, which names the browser-facing origin of a deployment but not every
 *    port this one build is served on (the e2e stack). The check is done here instead, where the
 *    browser-facing host is known: a cross-origin request is refused, a same-origin one goes on
 *    without its Origin header. The socket authenticates with the access token in its handshake,
 *    never with a cookie, so the Origin is not what protects it.
 */
function forwardSocket(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let sameOrigin = false;
    try {
      sameOrigin = new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) return new NextResponse(null, { status: 403 });
  }
  const headers = new Headers(request.headers);
  headers.delete("origin");
  const { pathname, search } = request.nextUrl;
  return NextResponse.rewrite(new URL(pathname + search, apiOrigin()), { request: { headers } });
}

function apiOrigin(): string {
  // Bracket access: read at run time, never inlined by the bundler.
  const env = process.env;
  return env["API_ORIGIN"] || `http://127.0.0.1:${env["API_PORT"] || "8000"}`;
}

export const config = {
  matcher: [
    "/api/v1/:path*",
    "/ws/:path*",
    {
      // Pages only: static files need no CSP, and prefetches reuse the page's.
      source: "/((?!api/|ws/|_next/static|_next/image|favicon\\.ico|icon\\.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
