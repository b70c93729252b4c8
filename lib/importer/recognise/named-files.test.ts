import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isFileName, namedFiles } from "./named-files";

const files = (md: string) => parsePlan(md).items.map((i) => [i.title, i.checklist.filter((c) => c.kind === "file").map((c) => c.text)]);

describe("files an item names in its line or description", () => {
  it("lists the paths of the title, code text kept in the title", () => {
    const md = "## Release\n\n- [ ] Bump version in `package.json` and `src/version.ts`\n- [x] Split `core/utils.ts` (2k lines) into modules\n- [ ] `tsconfig.base.json`: enable `noUncheckedIndexedAccess`\n- [ ] Update CHANGELOG.md with all merged PRs since v3.7.0\n";
    expect(files(md)).toEqual([
      ["Bump version in package.json and src/version.ts", ["package.json", "src/version.ts"]],
      ["Split core/utils.ts (2k lines) into modules", ["core/utils.ts"]],
      ["tsconfig.base.json: enable noUncheckedIndexedAccess", ["tsconfig.base.json"]],
      ["Update CHANGELOG.md with all merged PRs since v3.7.0", ["CHANGELOG.md"]],
    ]);
  });

  it("lists the paths of the description, and keeps a path's underscores", () => {
    const md = "## Backlog\n\n### Synonym list owned by merchandising\n\nSynonyms live in a file in the repo (`search/synonyms.txt`). Move them to the admin tool.\n\n## Tasks\n\n- [ ] Build a checksum job (`tools/verify_migration.py`)\n";
    expect(files(md)).toEqual([
      ["Synonym list owned by merchandising", ["search/synonyms.txt"]],
      ["Build a checksum job", ["tools/verify_migration.py"]],
    ]);
  });

  it("reads a record's prose under its field line", () => {
    const md = "## Findings\n\n### HH-01 — SQL injection in search\n**Severity:** Critical · **CVSS:** 9.1 · **Status:** Open\nParameterised the query in `services/search.py`.\n";
    expect(parsePlan(md).items.map((i) => [i.title, i.status, i.checklist.map((c) => c.text), i.description])).toEqual([
      ["SQL injection in search", "not_started", ["services/search.py"], "**CVSS:** 9.1\n\nParameterised the query in `services/search.py`."],
    ]);
  });

  it("takes file names, paths, globs, code-span folders and well-known files", () => {
    expect(namedFiles("Edit `Dockerfile`, `workers/Dockerfile` and `db/migrations/`, then app/services/partners/*.rb and .github/workflows/ci.yml.")).toEqual([
      "Dockerfile",
      "workers/Dockerfile",
      "db/migrations/",
      "app/services/partners/*.rb",
      ".github/workflows/ci.yml",
    ]);
    expect(namedFiles("Hand-rolled validation in api/validate.py (see 0142_search_vector.sql)")).toEqual(["api/validate.py", "0142_search_vector.sql"]);
  });

  it("is not a URL, a domain, a version, a route, a package, a branch, a library or a command", () => {
    expect(namedFiles("See https://example.com/docs/setup.md and example.com/page.html")).toEqual([]);
    expect(namedFiles("Upgrade to 1.2.3, v3.7.0 and Rails 7.2.")).toEqual([]);
    expect(namedFiles("Remove the legacy /v1/cart endpoints and /etc/app.conf")).toEqual([]);
    expect(namedFiles("replace lib/pq with pgx; rebase on origin/main; iOS/Android; before/after")).toEqual([]);
    expect(namedFiles("Move from Node.js to Bun, drop moment.js, try Next.js")).toEqual([]);
    expect(namedFiles("call res.json() and InvoiceBulkService.apply()")).toEqual([]);
    expect(namedFiles("```sh\ncat config/app.yml\n```")).toEqual([]);
    expect(namedFiles("`npm run build` in `src/`... e.g. i.e.")).toEqual(["src/"]);
  });

  it("decides one word at a time", () => {
    expect(isFileName("next.config.js", false)).toBe(true);
    expect(isFileName("Dashboard.tsx", false)).toBe(true);
    expect(isFileName("2.4.md", false)).toBe(false);
    expect(isFileName("docs/", false)).toBe(false);
    expect(isFileName("docs/", true)).toBe(true);
    // A title keeps a code span's words without its backticks: a lower-case folder path still names a folder.
    expect(isFileName("docs/adr/", false)).toBe(true);
    expect(isFileName("billing/db/", false)).toBe(true);
    expect(isFileName("A/B/", false)).toBe(false);
    expect(isFileName("w/o/", false)).toBe(false);
    expect(isFileName("github.com/org/repo", true)).toBe(false);
  });
});
