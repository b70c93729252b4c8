import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installMethodGuard } from "./method-guard";

// A real server and raw sockets: methods the handler must never see (TRACE made Next.js answer
// 500; Node.js itself drops CONNECT and answers a bare 400 to a method its parser does not know).
let server: http.Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  installMethodGuard(0);
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.end("handler");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** One raw request on its own connection; the whole answer as text. */
function raw(requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.setEncoding("latin1").on("data", (d: string) => (text += d)).on("end", () => resolve(text)).on("error", reject);
    socket.setTimeout(5000, () => reject(new Error(`no answer to ${requestLine}`)));
  });
}

const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
const header = (answer: string, name: string) => new RegExp(`^${name}: (.*)\\r$`, "im").exec(answer)?.[1];

describe("installMethodGuard", () => {
  it.each([
    ["TRACE /api/health HTTP/1.1", "GET, HEAD, OPTIONS"],
    ["PROPFIND /api/health HTTP/1.1", "GET, HEAD, OPTIONS"],
    ["FOO /api/health HTTP/1.1", "GET, HEAD, OPTIONS"],
    ["PUT /api/health HTTP/1.1", "GET, HEAD, OPTIONS"],
    ["TRACE /api/auth/session HTTP/1.1", "GET, HEAD, OPTIONS, POST"],
    ["TRACE /backlog?x=1 HTTP/1.1", "GET, HEAD, POST"],
    ["FOO / HTTP/1.1", "GET, HEAD, POST"],
    ["CONNECT 127.0.0.1:443 HTTP/1.1", "GET, HEAD, POST"],
  ])("%s → 405 with Allow: %s, JSON, security headers", async (line, allow) => {
    const answer = await raw(line);
    expect(status(answer), answer).toBe(405);
    expect(header(answer, "Allow")).toBe(allow);
    expect(header(answer, "Content-Type")).toBe("application/json");
    expect(header(answer, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(answer, "Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({ error: { code: "invalid", message: expect.stringContaining(allow) } });
  });

  it("answers 404 to an unknown API path whatever the method", async () => {
    expect(status(await raw("TRACE /api/nope HTTP/1.1"))).toBe(404);
  });

  it("passes the methods a URL takes to the handler, and only those", async () => {
    seen.length = 0;
    for (const line of ["GET /api/health HTTP/1.1", "HEAD /backlog HTTP/1.1", "POST /login HTTP/1.1", "OPTIONS /api/health HTTP/1.1", "GET /api/nope HTTP/1.1"]) {
      expect(status(await raw(line)), line).toBe(200);
    }
    expect(seen).toEqual(["GET /api/health", "HEAD /backlog", "POST /login", "OPTIONS /api/health", "GET /api/nope"]);
  });

  it("leaves other malformed requests to Node.js's own 400", async () => {
    const answer = await raw("GET /x HTTP/9.9\r\nBad Header");
    expect(status(answer)).toBe(400);
  });
});
