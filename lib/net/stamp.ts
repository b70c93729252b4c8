import http from "node:http";
import { CLIENT_ADDRESS_HEADER, CLIENT_PROTO_HEADER, resolveClient, type ClientInfo } from "./client";

// Next.js (`next start`, standalone) exposes no socket address to route handlers, proxies or
// actions, and fills X-Forwarded-For from the socket only when the client sent none, so the header
// cannot be trusted as it arrives. This stamps every incoming request, before Next.js sees it, with
// the client worked out from the socket and the trusted hops (./client.ts), replacing anything a
// client put in those headers. lib/api/method-guard.ts calls it first for every request.

/** Works out the request's client and writes it into the request's headers; returns it too. */
export function stamp(req: http.IncomingMessage, trustedHops: number): ClientInfo {
  const client = resolveClient(
    {
      socketAddress: req.socket?.remoteAddress,
      encrypted: Boolean((req.socket as { encrypted?: boolean } | undefined)?.encrypted),
      forwardedFor: req.headers["x-forwarded-for"],
      forwardedProto: req.headers["x-forwarded-proto"],
    },
    trustedHops,
  );
  req.headers[CLIENT_ADDRESS_HEADER] = client.address;
  req.headers[CLIENT_PROTO_HEADER] = client.protocol;
  // rawHeaders is what some adapters rebuild Headers from: drop any client-sent copies there too.
  if (Array.isArray(req.rawHeaders)) {
    for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
      const name = req.rawHeaders[i]!.toLowerCase();
      if (name === CLIENT_ADDRESS_HEADER || name === CLIENT_PROTO_HEADER) req.rawHeaders.splice(i, 2);
    }
    req.rawHeaders.push(CLIENT_ADDRESS_HEADER, client.address, CLIENT_PROTO_HEADER, client.protocol);
  }
  return client;
}
