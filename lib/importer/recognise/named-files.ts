import type { FoundItem } from "../context";
import { addFile } from "./file-lists";

// "Bump version in `package.json` and `src/version.ts`", "Split `core/utils.ts` into modules",
// "Remediation: `server_tokens off;` in `deploy/nginx/portal.conf`": a task or finding that names a
// file in its line or its description touches that file. A reader lists it among the item's files
// (as a "Files:" list under a task, recognise/file-lists.ts) and leaves the words where they are.
//
// Only what is shaped like a file counts: a name with a known extension ("CHANGELOG.md",
// "tsconfig.base.json"), a path ending in one ("etl/common/paths.py"), a well-known file without one
// ("Dockerfile"), or, in a code span, a directory written with its closing slash ("db/migrations/").
// Not a URL, a domain ("example.com/a.html"), a version ("1.2.3"), a route ("/v1/cart"), a package or
// branch ("lib/pq", "origin/main"), nor a library named after its language ("Node.js", "Vue.js").

/** Extensions of source, config, data and asset files (lower case, as repositories write them). */
const EXTENSIONS = new Set(
  (
    "ts tsx mts cts js jsx mjs cjs py pyi go rs java kt kts scala groovy gradle rb erb php swift dart cs fs vb cpp cc hpp ex exs erl hs clj lua r pl " +
    "sql prisma graphql gql proto yml yaml json jsonc json5 toml ini cfg conf env properties xml plist lock " +
    "md mdx rst adoc txt csv tsv ipynb tf tfvars hcl nix sh bash zsh ps1 bat " +
    "css scss sass less html htm vue svelte astro twig hbs ejs njk jinja j2 " +
    "png jpg jpeg gif svg webp avif ico pdf pbf wasm"
  ).split(" "),
);

/** Files that carry no extension but are files all the same. */
const EXTENSIONLESS = /^(?:Dockerfile|Containerfile|Makefile|Jenkinsfile|Procfile|Gemfile|Rakefile|Vagrantfile|Brewfile|Justfile|Tiltfile|Caddyfile|CODEOWNERS)(?:\.[\w-]+)?$/;

/** One segment of a path: word characters, dots, dashes, "@", a glob star. */
const SEGMENT = /^[\w.@*+-]+$/;

/** True when `token` (no spaces, no backticks) is a file path; `code`: it was written in a code span. */
export function isFileName(token: string, code: boolean): boolean {
  if (token.length < 3 || token.length > 200 || token.includes("://")) return false;
  const directory = token.endsWith("/");
  const segments = token.replace(/^\.\//, "").replace(/\/$/, "").split("/");
  // A route or an absolute path ("/v1/cart", "/etc/hosts") is written with a leading slash.
  if (segments[0] === "" || !segments.every((s) => s && SEGMENT.test(s) && s !== "." && s !== "..")) return false;
  // "example.com/page.html", "github.com/org/repo": a domain opens it.
  if (segments.length > 1 && /^[^.].*\.[a-z]{2,}$/i.test(segments[0]!) && !segments[0]!.startsWith(".")) return false;
  const last = segments.at(-1)!;
  // Outside a code span (a title keeps the span's words, not its backticks) a directory needs two
  // lower-case segments or more ("docs/adr/", "billing/db/"): "A/B/" or "w/o/" are no folders.
  if (directory) return (code || (segments.length >= 2 && segments.every((s) => /^[a-z0-9][a-z0-9_.-]+$/.test(s)))) && /[a-z]/i.test(last);
  if (EXTENSIONLESS.test(last)) return true;
  const dot = last.lastIndexOf(".");
  if (dot <= 0 && !last.startsWith(".")) return false;
  const extension = last.slice(dot + 1);
  if (!EXTENSIONS.has(extension)) return false;
  // "Node.js", "Next.js", "moment.js": a library named with its language's extension, unless a path or code span says file.
  if (segments.length === 1 && !code && /^(?:js|ts)$/.test(extension) && !/[._-]/.test(last.slice(0, dot))) return false;
  // "0142_search_vector.sql", "*.rb" in a folder ("app/services/*.rb"), ".env"; not "2.4.md".
  return /[a-z]/i.test(last.slice(0, dot)) || last.startsWith(".") || (segments.length > 1 && last.slice(0, dot) === "*");
}

/** Quotes and brackets around a word, and the sentence's punctuation after it. */
const trim = (word: string) => word.replace(/^[("'“‘«[{<]+/u, "").replace(/[)"'”’»\]}>.,;:!?。、，；：]+$/u, "");

/** The files a text names, in order, each once; fenced code blocks are left out (they are commands, output). */
export function namedFiles(text: string): string[] {
  const found: string[] = [];
  const add = (path: string) => {
    if (!found.includes(path)) found.push(path);
  };
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^\s*(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    // Code spans first: inside them a whole span is one name ("`db/migrations/`").
    const plain = line.replace(/`([^`]{1,200})`/g, (_, inner: string) => {
      const said = inner.trim();
      if (!/\s/.test(said) && isFileName(said, true)) add(said);
      return " ";
    });
    for (const word of plain.split(/\s+/)) {
      const said = trim(word);
      if (said && isFileName(said, false)) add(said);
    }
  }
  return found;
}

/** "config.py" is the "backend/config.py (if exists)" the item already lists. */
function sameFile(listed: string, path: string): boolean {
  const said = listed.replace(/`/g, "");
  const at = said.indexOf(path);
  if (at < 0) return false;
  const [before, after] = [said[at - 1], said[at + path.length]];
  return (before === undefined || /[\s/[(]/.test(before)) && (after === undefined || /[\s)\]]/.test(after));
}

/**
 * Adds the files each item's title and description name to its file list. Its checklist entries
 * ("Cover `billing/invoice.ts`") keep theirs: each is a step of its own, with its own object.
 */
export function readNamedFiles(items: FoundItem[]) {
  for (const item of items) {
    for (const text of [item.title, item.description]) {
      if (!text) continue;
      for (const path of namedFiles(text)) addFile(item, path, sameFile);
    }
  }
}
