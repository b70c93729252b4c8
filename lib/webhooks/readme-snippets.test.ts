import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signatureHeader } from "./signature";

// The receiver snippets in the README, run as written against what the signer sends: a correct
// delivery passes, a changed body, another secret and an old timestamp fail.

const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
const snippet = (marker: string, lang: string) => {
  const at = readme.indexOf(`<!-- webhook-verify:${marker} -->`);
  expect(at, `README has the ${marker} snippet`).toBeGreaterThan(-1);
  const open = readme.indexOf("```" + lang + "\n", at);
  return readme.slice(open + lang.length + 4, readme.indexOf("\n```", open));
};

const body = JSON.stringify({ id: "d-1", type: "item.created", data: { item: { key: "P0-1", title: "Ünïcode ✓" } } });
const cases = () => {
  const now = new Date();
  const old = new Date(now.getTime() - 3600_000);
  return [
    { secret: "whsec_a", header: signatureHeader("whsec_a", body, now), body, ok: true },
    { secret: "whsec_a", header: signatureHeader(["whsec_new", "whsec_a"], body, now), body, ok: true },
    { secret: "whsec_a", header: signatureHeader("whsec_a", body, now), body: body.replace("P0-1", "P0-2"), ok: false },
    { secret: "whsec_b", header: signatureHeader("whsec_a", body, now), body, ok: false },
    { secret: "whsec_a", header: signatureHeader("whsec_a", body, old), body, ok: false },
    { secret: "whsec_a", header: "", body, ok: false },
  ];
};

describe("the README's webhook verification snippets", () => {
  it("Node: accepts what we sign, refuses a changed body, another secret and a replay", () => {
    const code = snippet("node", "js");
    const verify = new Function("require", `${code}\nreturn verifyHealthBacklog;`)(require) as (s: string, h: string, b: Buffer) => boolean;
    for (const c of cases()) expect(verify(c.secret, c.header, Buffer.from(c.body)), JSON.stringify(c)).toBe(c.ok);
  });

  it("Python: the same", () => {
    const code = snippet("python", "python");
    const script = `${code}\nimport json, sys\nfor c in json.load(sys.stdin):\n    print(verify_health_backlog(c["secret"], c["header"], c["body"].encode()))\n`;
    const out = execFileSync("python3", ["-c", script], { input: JSON.stringify(cases()), encoding: "utf8" });
    expect(out.trim().split("\n")).toEqual(cases().map((c) => (c.ok ? "True" : "False")));
  });
});
