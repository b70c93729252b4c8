import type { NextConfig } from "next";
import { API_CSP, baseSecurityHeaders, HSTS } from "./lib/http/security-headers";
import { CLIENT_PROTO_HEADER } from "./lib/net/client";

const headerList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  // PGlite ships wasm + data files and argon2 a native binary: load them from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // The migrations folder is read at run time; keep it in standalone output traces.
  outputFileTracingIncludes: { "/*": ["./db/migrations/**/*"] },
  // Imports accept plans up to 5 MB (lib/importer/decode.ts); leave room for the form's other fields.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (tsc --noEmit) before building; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // The base security headers for every answer, including those neither proxy.ts (pages) nor
  // defineRoute (API routes) produces: static files, Next's own 404 and 405 answers, errors thrown
  // before a handler answers. HSTS only when the request was stamped https (lib/net/stamp.ts).
  async headers() {
    return [
      { source: "/:path*", headers: headerList(baseSecurityHeaders({ https: false })) },
      { source: "/:path*", has: [{ type: "header", key: CLIENT_PROTO_HEADER, value: "https" }], headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
      ...["/api/:path*", "/_next/static/:path*", "/icon.svg"].map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: API_CSP }] })),
    ];
  },
};

export default nextConfig;
