import http from "node:http";
import type { Duplex } from "node:stream";
import { stamp } from "@/lib/net/stamp";
import { refuseMethod, type MethodRefusal } from "./methods";
import { apiSecurityHeaders } from "@/lib/http/security-headers";

// Answers every request whose method its URL does not take (./methods.ts) with 405 and `Allow`,
// before Next.js sees it: Next.js turns TRACE into a 500 (its fetch Request refuses the method),
// other unknown methods into a bare 400, and renders pages for PUT or DELETE. Node.js itself
// handles two cases before any request event, so they are caught here too: CONNECT (a 'connect'
// event; with no listener Node drops the connection) and a method its parser does not know at all
// (a 'clientError'; Node answers a bare 400). Installed once per process from instrumentation.ts.

const g = globalThis as unknown as { __hbMethodGuard?: boolean };

type ParseError = Error & { code?: string; rawPacket?: Buffer };
const guarded = new WeakSet<http.Server>();

/**
 * The one hook on incoming requests: each is first stamped with its client (lib/net/stamp.ts,
 * trusting `trustedHops` proxies), then refused here if its URL does not take its method.
 */
export function installMethodGuard(trustedHops: number) {
  if (g.__hbMethodGuard) return;
  g.__hbMethodGuard = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const client = stamp(req, trustedHops);
      const refusal = refuseMethod(req.method ?? "", req.url ?? "/");
      if (refusal) {
        const https = client.protocol === "https";
        const { status, headers, body } = refusalResponse(refusal, req.method ?? "", https);
        res.writeHead(status, headers).end(req.method === "HEAD" ? undefined : body);
        return true;
      }
    } else if (event === "upgrade") {
      const [req, socket] = args as [http.IncomingMessage, Duplex];
      const refusal = refuseMethod(req.method ?? "", req.url ?? "/");
      if (refusal) return writeRaw(socket, refusal, req.method ?? "");
    } else if (event === "connection" && !guarded.has(this)) {
      // Node.js drops a CONNECT without a word unless someone listens for it.
      guarded.add(this);
      if (this.listenerCount("connect") === 0) {
        this.on("connect", (req: http.IncomingMessage, socket: Duplex) => writeRaw(socket, refuseMethod("CONNECT", req.url ?? "/") ?? { status: 405, allow: "GET, HEAD, POST" }, "CONNECT"));
      }
    } else if (event === "clientError" && this.listenerCount("clientError") === 0) {
      const [error, socket] = args as [ParseError, Duplex & { _httpMessage?: unknown }];
      // Only when nothing was answered on this connection yet, as Node.js's own error answer does.
      if (error.code === "HPE_INVALID_METHOD" && socket.writable && !socket._httpMessage) {
        // The request line was not parsed; the raw bytes still say which method and path were asked for.
        const line = /^([!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}) (\S{1,8192}) HTTP\/1\.[01]\r?$/.exec(error.rawPacket?.toString("latin1").split("\n", 1)[0] ?? "");
        const method = line?.[1] ?? "";
        const refusal = refuseMethod(method || "UNKNOWN", line?.[2] ?? "/") ?? { status: 404 as const };
        return writeRaw(socket, refusal, method);
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

function refusalResponse(refusal: MethodRefusal, method: string, https: boolean) {
  const name = /^[!-~]{1,32}$/.test(method) ? method : "This method";
  const error =
    refusal.status === 405
      ? { code: "invalid", message: `${name} is not allowed here; use ${refusal.allow}.` }
      : { code: "not_found", message: "No such API endpoint." };
  const body = JSON.stringify({ error });
  const headers: Record<string, string> = {
    ...apiSecurityHeaders({ https }),
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    ...(refusal.status === 405 ? { Allow: refusal.allow } : {}),
  };
  return { status: refusal.status, headers, body };
}

/** An answer written straight to a socket Node.js has not given to a request handler; then closed. */
function writeRaw(socket: Duplex, refusal: MethodRefusal, method: string): true {
  const { status, headers, body } = refusalResponse(refusal, method, false);
  const head = [`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), "Connection: close"];
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  return true;
}
