import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installMethodGuard } from "@/lib/api/method-guard";

// A real server and socket: what a handler sees after the stamp, whatever the client sent.
let server: http.Server;
let url: string;

beforeAll(async () => {
  installMethodGuard(0);
  server = http.createServer((req, res) => {
    const raw: Record<string, string> = {};
    for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase().startsWith("x-hb-")) raw[req.rawHeaders[i]!.toLowerCase()] = req.rawHeaders[i + 1]!;
    res.end(JSON.stringify({ address: req.headers["x-hb-client-address"], proto: req.headers["x-hb-client-proto"], raw }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the client stamp on every request", () => {
  it("replaces a forged client header with the socket's peer", async () => {
    const res = await fetch(url, { headers: { "x-hb-client-address": "6.6.6.6", "x-forwarded-for": "7.7.7.7", "x-forwarded-proto": "https" } });
    expect(await res.json()).toEqual({
      address: "127.0.0.1",
      proto: "http",
      raw: { "x-hb-client-address": "127.0.0.1", "x-hb-client-proto": "http" },
    });
  });
});
