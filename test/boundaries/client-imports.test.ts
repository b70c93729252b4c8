import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { clientImportViolations } from "./client-imports";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

describe("client components", () => {
  it("never reach a server-only module (db/, an area's service.ts or queries.ts, or one importing server-only)", () => {
    const found = clientImportViolations(root, ["app", "components"]).map((v) => `${v.client}: ${v.server} ${v.why}\n    via ${v.chain.join(" → ")}`);
    expect(found).toEqual([]);
  });
});

describe("the check", () => {
  const scratch = mkdtempSync(join(tmpdir(), "client-imports-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };
  write("tsconfig.json", JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", paths: { "@/*": ["./*"] } } }));
  write("db/schema.ts", "export const table = 1;\n");
  write("lib/things/service.ts", 'import "server-only";\nexport const save = () => 1;\n');
  write("lib/things/format.ts", 'import { table } from "@/db/schema";\nexport const label = () => String(table);\n');
  write("lib/things/types.ts", "export type Thing = { id: string };\n");
  write("lib/things/actions.ts", '"use server";\nimport { save } from "./service";\nexport async function saveAction() { return save(); }\n');
  write("lib/things/secret.ts", 'import "server-only";\nexport type Secret = string;\nexport const secret = "s";\n');

  it("follows imports through helpers to db/ and reports the chain", () => {
    write("components/a.tsx", '"use client";\nimport { label } from "@/lib/things/format";\nexport const A = () => label();\n');
    expect(clientImportViolations(scratch, ["components"])).toEqual([
      { client: "components/a.tsx", server: "db/schema.ts", why: "is database code (db/)", chain: ["components/a.tsx", "lib/things/format.ts", "db/schema.ts"] },
    ]);
  });

  it("flags a module importing server-only, and a service module, but not type-only imports or server actions", () => {
    write("components/a.tsx", '"use client";\nexport const A = 1;\n');
    write(
      "components/b.tsx",
      [
        '"use client";',
        'import type { Secret } from "@/lib/things/secret";',
        'import { type Thing } from "@/lib/things/types";',
        'import { saveAction } from "@/lib/things/actions";',
        'import { secret } from "../lib/things/secret";',
        "export const B = (s: Secret, t: Thing) => [s, t, secret, saveAction];",
      ].join("\n"),
    );
    write("components/c.tsx", 'import { save } from "@/lib/things/service";\nexport const C = save;\n');
    expect(clientImportViolations(scratch, ["components"]).map((v) => [v.client, v.server, v.why])).toEqual([["components/b.tsx", "lib/things/secret.ts", 'imports "server-only"']]);
    write("components/b.tsx", '"use client";\nconst load = () => import("@/lib/things/service");\nexport const B = load;\n');
    expect(clientImportViolations(scratch, ["components"]).map((v) => [v.client, v.server])).toEqual([["components/b.tsx", "lib/things/service.ts"]]);
  });
});
