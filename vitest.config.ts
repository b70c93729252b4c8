import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// The importer's readers are pure functions over text: their ~180 test files share one module graph
// per worker (isolate: false), which saves re-importing the whole importer for every file (two
// thirds of their time). Everything else (databases, mocks, environment) keeps a fresh module graph per file.
const PURE_IMPORTER_TESTS = "lib/importer/**/!(*.db).test.ts";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // "server-only" throws outside React Server Components; tests run the same code in plain Node.
      { find: /^server-only$/, replacement: `${root}/test/empty-module.ts` },
    ],
  },
  test: {
    environment: "node",
    setupFiles: ["test/setup-fast-check.ts"],
    // next-auth's ESM imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file opens its own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "importer", include: [PURE_IMPORTER_TESTS], isolate: false },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["**/*.test.ts"],
          exclude: [...configDefaults.exclude, ".next/**", "e2e/**", ".data/**", PURE_IMPORTER_TESTS],
        },
      },
    ],
  },
});
