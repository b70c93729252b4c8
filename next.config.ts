import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships wasm + data files and argon2 a native binary: load them from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // The migrations folder is read at run time; keep it in standalone output traces.
  outputFileTracingIncludes: { "/*": ["./db/migrations/**/*"] },
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
