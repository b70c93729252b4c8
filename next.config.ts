import type { NextConfig } from "next";

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
};

export default nextConfig;
