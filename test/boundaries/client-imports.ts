import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

// What a client component pulls into the browser bundle, followed import by import. dependency-cruiser
// (.dependency-cruiser.cjs) cannot tell a "use client" file from any other, and a rule on direct
// imports alone would miss a client component reaching db/ through a pure-looking helper, so this
// walks the real graph with TypeScript's own parser and module resolution (the tsconfig's `@/`
// paths included). Type-only imports are skipped (the compiler erases them), and so are "use server"
// modules: a client component importing a server action gets a reference to call, not its code.

export type Violation = { client: string; server: string; why: string; chain: string[] };

/** A module that must never reach the browser, and why; null for one that may. */
export function serverOnlyReason(file: string, runtimeSpecifiers: string[]): string | null {
  if (runtimeSpecifiers.includes("server-only")) return 'imports "server-only"';
  if (/^db\//.test(file)) return "is database code (db/)";
  if (/^lib\/[^/]+\/(?:[a-z0-9-]+-)?(?:service|queries)\.ts$/.test(file)) return "is an area's service or queries module";
  return null;
}

function directiveOf(source: ts.SourceFile): string | null {
  const first = source.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
}

/** Specifiers of the imports that survive compilation: static imports and re-exports, and import("…"). */
export function runtimeSpecifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !statement.isTypeOnly) {
      out.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every path from a "use client" file under `dirs` (relative to `root`) to a server-only module. */
export function clientImportViolations(root: string, dirs: string[]): Violation[] {
  const options = compilerOptions(root);
  const rel = (file: string) => relative(root, file).split(sep).join("/");
  const parsed = new Map<string, { directive: string | null; specifiers: string[] }>();
  const read = (file: string) => {
    let entry = parsed.get(file);
    if (!entry) {
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      entry = { directive: directiveOf(source), specifiers: runtimeSpecifiers(source) };
      parsed.set(file, entry);
    }
    return entry;
  };
  const localImports = (file: string) =>
    read(file).specifiers.flatMap((specifier) => {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
      return resolved && !resolved.isExternalLibraryImport && !resolved.resolvedFileName.endsWith(".d.ts") ? [resolved.resolvedFileName] : [];
    });

  const violations: Violation[] = [];
  for (const client of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    if (read(client).directive !== "use client") continue;
    // Breadth-first, so each offender is reported with its shortest chain.
    const seen = new Map<string, string | null>([[client, null]]);
    const queue = [client];
    while (queue.length > 0) {
      const file = queue.shift()!;
      const why = serverOnlyReason(rel(file), read(file).specifiers);
      if (why) {
        const chain: string[] = [];
        for (let at: string | null = file; at; at = seen.get(at) ?? null) chain.unshift(rel(at));
        violations.push({ client: rel(client), server: rel(file), why, chain });
        continue;
      }
      if (file !== client && read(file).directive === "use server") continue;
      for (const next of localImports(file)) {
        if (seen.has(next)) continue;
        seen.set(next, file);
        queue.push(next);
      }
    }
  }
  return violations;
}
