/**
 * The Content-Security-Policy of every page, with the request's nonce (src/proxy.ts makes one per
 * request). No 'unsafe-inline' anywhere: Next.js puts the nonce on its own scripts and styles when
 * the request carries this header, and 'strict-dynamic' lets those scripts load the app's chunks.
 * `connect-src 'self'`: the browser only talks to this origin; the API is behind the same origin
 * (src/proxy.ts forwards /api/v1/*).
 */
export function buildCsp(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  const { dev = false, https = false } = options;
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // React's development build evaluates code for its error overlay: dev only.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", `'nonce-${nonce}'`],
    // data: for the 2FA QR code (a PNG the API returns in base64) and blob: for downloads.
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(dev ? ["ws:"] : [])],
    ["media-src", "'self'"],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** 128 random bits, base64: a fresh nonce for one response. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
