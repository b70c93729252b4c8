import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

// Where the server may send a request on someone's behalf (webhook endpoints): never to itself,
// the machine's network, or a cloud metadata service, however the address is written — a name that
// resolves there, an IPv4-mapped or NAT64 IPv6 form, a decimal or octal literal (the URL parser has
// already turned those into dotted quads). The check runs inside the socket's DNS lookup, so the
// address checked is the address connected to (a name cannot resolve to a public address for the
// check and a private one for the connection). An admin may allow listed host names (an internal
// receiver) with WEBHOOK_ALLOWED_HOSTS.

const refused = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, and the metadata address 169.254.169.254
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255
] as const) {
  refused.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64: an IPv4 address inside
  ["64:ff9b:1::", 48],
  ["100::", 64], // discard
  ["2001::", 32], // Teredo
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4: an IPv4 address inside
  ["fc00::", 7], // unique local (also AWS's fd00:ec2::254 metadata address)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
] as const) {
  refused.addSubnet(net, prefix, "ipv6");
}

/** Whether an IP address (v4 or v6, IPv4-mapped forms included) is one we never send to. */
export function isRefusedAddress(address: string): boolean {
  const plain = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(plain);
  if (family === 0) return true;
  return refused.check(plain, family === 4 ? "ipv4" : "ipv6");
}

export class RefusedDestination extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a loopback, private, link-local or reserved address: not sent (an admin can allow the host)`);
  }
}

export type GuardOptions = { allowHosts?: readonly string[] };

const allowed = (host: string, options: GuardOptions) => (options.allowHosts ?? []).some((h) => h.toLowerCase() === host.toLowerCase());

/**
 * A `lookup` for http.request / net.connect that resolves the name and refuses it when any of its
 * addresses is refused (a name with one public and one private address is refused: the socket may
 * pick either). Allowed hosts are resolved as usual.
 */
export function guardedLookup(options: GuardOptions = {}) {
  return (hostname: string, lookupOptions: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const list = addresses as LookupAddress[];
      if (!allowed(hostname, options)) {
        const bad = list.find((a) => isRefusedAddress(a.address));
        if (bad || !list.length) return callback(new RefusedDestination(hostname, bad?.address ?? "nothing"), "");
      }
      if ((lookupOptions as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/**
 * Whether a URL may be sent to at all, before any lookup: http(s) only, no credentials in it, and an
 * IP literal host checked here (a socket given an IP literal does no lookup). A reason, or null.
 */
export function refusedUrl(url: URL, options: GuardOptions = {}): string | null {
  if (url.protocol !== "http:" && url.protocol !== "https:") return "only http and https URLs can receive webhooks";
  if (url.username || url.password) return "put credentials in the secret, not the URL";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !allowed(host, options) && isRefusedAddress(host)) return `${host} is a loopback, private, link-local or reserved address`;
  if (!isIP(host) && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host) && !allowed(host, options)) return `${host} names this machine or its network`;
  return null;
}
