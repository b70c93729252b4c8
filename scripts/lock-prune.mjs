// npm run lock:prune — after `npm install`, drop optional platform binaries that this registry
// mirror does not carry (e.g. @next/swc-darwin-arm64@16.4.6) from package-lock.json. npm records
// them as wanted but writes no entry for them, and `npm ci` then refuses the lockfile as out of
// sync. Removing the dangling names keeps the lockfile self-consistent; nothing installed changes.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const paths = new Set(Object.keys(lock.packages));

/** Where npm would look for `name` when required from the package at `from`. */
function resolves(from, name) {
  let dir = from;
  for (;;) {
    if (paths.has(`${dir ? `${dir}/` : ""}node_modules/${name}`)) return true;
    if (!dir) return false;
    const cut = dir.lastIndexOf("node_modules/");
    dir = cut <= 0 ? "" : dir.slice(0, cut - 1);
  }
}

let removed = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
    if (!resolves(path, name)) {
      delete pkg.optionalDependencies[name];
      removed++;
    }
  }
  if (pkg.optionalDependencies && Object.keys(pkg.optionalDependencies).length === 0) delete pkg.optionalDependencies;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock:prune: removed ${removed} optional dependencies the registry does not carry`);
