import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Decides whether `npm run demo` must rebuild: a hash over the names, sizes and modification
// times of everything that goes into the production build.
const INPUT_DIRS = ["app", "components", "lib", "db", "public"];
const INPUT_FILES = ["package-lock.json", "next.config.ts", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "postcss.config.mjs", "tsconfig.json"];
const STAMP = join(".next", "demo-build-stamp");

function walk(dir: string, out: string[]) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
}

export function sourceStamp(): string {
  const files: string[] = [...INPUT_FILES.filter((f) => existsSync(f))];
  for (const dir of INPUT_DIRS) walk(dir, files);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    const s = statSync(file);
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function buildIsCurrent(stamp: string): boolean {
  return existsSync(join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
}

export function recordBuild(stamp: string) {
  writeFileSync(STAMP, stamp);
}
