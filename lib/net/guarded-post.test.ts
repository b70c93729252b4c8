import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXCERPT_BYTES, guardedPost } from "./guarded-post";

// A real receiver on loopback: refused unless allowed, and when allowed, what it answers is reported
// as the delivery log would keep it.
let server: http.Server;
let base: string;
const received: { path: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body, headers: req.headers });
      if (req.url === "/fail") return res.writeHead(500).end("boom");
      if (req.url === "/moved") return res.writeHead(302, { location: "http://169.254.169.254/latest" }).end();
      if (req.url === "/huge") {
        res.writeHead(200);
        const chunk = "x".repeat(64 * 1024);
        let sent = 0;
        const more = () => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent < 200) res.once("drain", more);
          else res.end();
        };
        return more();
      }
      if (req.url === "/silent") return; // never answers
      res.writeHead(200).end("ok thanks");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const allow = { allowHosts: ["localhost"] };

describe("guardedPost", () => {
  it("refuses a loopback receiver by name and by address unless the host is allowed", async () => {
    const before = received.length;
    const byName = await guardedPost(`${base}/hook`, "{}", {});
    expect(byName).toMatchObject({ status: null, ok: false });
    expect(byName.error).toMatch(/names this machine/);
    const byAddress = await guardedPost(base.replace("localhost", "127.0.0.1") + "/hook", "{}", {});
    expect(byAddress.error).toMatch(/loopback, private/);
    expect(received.length).toBe(before);
  });

  it("posts the body and headers to an allowed host and reports the answer", async () => {
    const result = await guardedPost(`${base}/hook`, '{"a":1}', { "x-test": "yes" }, allow);
    expect(result).toMatchObject({ status: 200, ok: true, excerpt: "ok thanks", error: null });
    const last = received.at(-1)!;
    expect(last).toMatchObject({ path: "/hook", body: '{"a":1}' });
    expect(last.headers["x-test"]).toBe("yes");
    expect(last.headers["content-type"]).toBe("application/json");
  });

  it("reports a failing receiver's status and words", async () => {
    expect(await guardedPost(`${base}/fail`, "{}", {}, allow)).toMatchObject({ status: 500, ok: false, excerpt: "boom" });
  });

  it("does not follow a redirect, and says where it pointed", async () => {
    const result = await guardedPost(`${base}/moved`, "{}", {}, allow);
    expect(result).toMatchObject({ status: 302, ok: false });
    expect(result.error).toMatch(/redirect to http:\/\/169\.254\.169\.254\/latest not followed/);
  });

  it("keeps only an excerpt of a huge answer and stops reading", async () => {
    const result = await guardedPost(`${base}/huge`, "{}", {}, allow);
    expect(result.status).toBe(200);
    expect(result.excerpt.length).toBe(EXCERPT_BYTES);
  });

  it("gives up on a receiver that never answers", async () => {
    const result = await guardedPost(`${base}/silent`, "{}", {}, { ...allow, timeoutMs: 300 });
    expect(result).toMatchObject({ status: null, ok: false });
    expect(result.error).toMatch(/no answer within/);
  });

  it("reports a URL that is not one", async () => {
    expect((await guardedPost("not a url", "{}", {})).error).toBe("not a valid URL");
  });
});
