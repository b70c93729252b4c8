// Who is on the other end of a request, trusting forwarded headers only as far as configured.
//
// X-Forwarded-For is a list each proxy appends to; everything left of the proxies we run is
// whatever the client chose to send. So the client is found by counting hops from the right:
// with TRUST_PROXY_HOPS=0 (the default) the socket's peer is the client and forwarded headers are
// ignored; with 1 (one nginx in front), the last X-Forwarded-For entry; and so on. Rate limits and
// the https decision (HSTS, secure cookies) read the result, never the raw headers.

/** Set on every request by ./stamp.ts (any value a client sends is discarded first). */
export const CLIENT_ADDRESS_HEADER = "x-hb-client-address";
export const CLIENT_PROTO_HEADER = "x-hb-client-proto";

export type ClientInfo = { address: string; protocol: "http" | "https" };

export type PeerInfo = {
  /** The TCP peer (the last proxy, or the client itself). */
  socketAddress: string | undefined;
  /** The socket is TLS (the app terminates https itself). */
  encrypted: boolean;
  forwardedFor: string | string[] | undefined;
  forwardedProto: string | string[] | undefined;
};

const list = (header: string | string[] | undefined): string[] =>
  (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`) and bracketed/ported forms read as the plain address. */
export function normaliseAddress(raw: string): string {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7);
  // Bounded so a hostile header cannot make a huge rate-limit key.
  return a.toLowerCase().slice(0, 64) || "unknown";
}

export function resolveClient(peer: PeerInfo, trustedHops: number): ClientInfo {
  const socket = peer.socketAddress ? normaliseAddress(peer.socketAddress) : "unknown";
  if (trustedHops <= 0) return { address: socket, protocol: peer.encrypted ? "https" : "http" };
  const chain = [...list(peer.forwardedFor), socket];
  // Fewer entries than trusted hops: the left-most one is the best we know (a proxy reached directly).
  const address = normaliseAddress(chain[Math.max(0, chain.length - 1 - trustedHops)]!);
  const protos = list(peer.forwardedProto).map((p) => p.toLowerCase());
  // Proxies usually overwrite X-Forwarded-Proto; if they append, take the outermost trusted one.
  const proto = protos.length ? protos[Math.max(0, protos.length - trustedHops)] : undefined;
  return { address, protocol: proto === "https" ? "https" : proto === "http" ? "http" : peer.encrypted ? "https" : "http" };
}

/** The stamped client of a request (pages, actions, route handlers, the proxy). */
export function clientFromHeaders(headers: Headers): ClientInfo {
  const address = headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
  return { address, protocol: headers.get(CLIENT_PROTO_HEADER) === "https" ? "https" : "http" };
}
