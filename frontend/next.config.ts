import type { NextConfig } from "next";

// The API is reached same-origin: src/proxy.ts forwards /api/v1/* to the backend at run time (a
// rewrite in this file would be frozen into the build with the API port of build time).
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The shared client is TypeScript source in the workspace (mobile consumes it the same way).
  transpilePackages: ["@protegrt/api-client"],
  // No telemetry, no remote images: everything is served from this app.
  images: { unoptimized: true },
  typedRoutes: false,
  // Headers that do not depend on the request, on every response (static files included). The CSP
  // needs a per-request nonce: src/proxy.ts sets it.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
