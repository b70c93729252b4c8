import { describe, expect, it } from "vitest";
import { guardedLookup, isRefusedAddress, refusedUrl } from "./outbound-guard";

describe("isRefusedAddress", () => {
  it("refuses loopback, private, link-local, metadata, CGNAT, multicast and reserved IPv4", () => {
    for (const a of ["127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "198.18.0.1"]) {
      expect(isRefusedAddress(a), a).toBe(true);
    }
  });

  it("refuses the same in IPv6, including IPv4 inside IPv6", () => {
    for (const a of ["::1", "::", "[::1]", "fe80::1", "fe80::1%eth0", "fd00:ec2::254", "fc00::5", "ff02::1", "::ffff:127.0.0.1", "::ffff:a9fe:a9fe", "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "2001:0:4136:e378::1"]) {
      expect(isRefusedAddress(a), a).toBe(true);
    }
  });

  it("lets public addresses through, and calls a non-address refused", () => {
    for (const a of ["8.8.8.8", "1.1.1.1", "172.32.0.1", "192.169.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) expect(isRefusedAddress(a), a).toBe(false);
    expect(isRefusedAddress("example.com")).toBe(true);
    expect(isRefusedAddress("")).toBe(true);
  });
});

describe("refusedUrl", () => {
  const reason = (u: string, allowHosts?: string[]) => refusedUrl(new URL(u), { allowHosts });
  it("takes only http(s) without credentials", () => {
    expect(reason("https://hooks.example.com/x")).toBeNull();
    expect(reason("ftp://example.com/")).toMatch(/only http/);
    expect(reason("file:///etc/passwd")).toMatch(/only http/);
    expect(reason("https://user:pw@example.com/")).toMatch(/credentials/);
  });

  it("refuses IP literals however they are written (the URL parser normalises decimal and octal forms)", () => {
    for (const u of ["http://127.0.0.1/", "http://2130706433/", "http://0177.0.0.1/", "http://0x7f.1/", "http://[::1]:8080/", "http://[::ffff:169.254.169.254]/", "http://169.254.169.254/latest/meta-data/"]) {
      expect(reason(u), u).toMatch(/loopback, private/);
    }
  });

  it("refuses names of this machine, unless an admin allowed the host", () => {
    expect(reason("http://localhost:3000/")).toMatch(/names this machine/);
    expect(reason("http://metadata.google.internal/")).toMatch(/names this machine/);
    expect(reason("http://localhost:3000/", ["localhost"])).toBeNull();
    expect(reason("http://127.0.0.1:9/", ["127.0.0.1"])).toBeNull();
  });
});

describe("guardedLookup", () => {
  const resolve = (host: string, allowHosts?: string[]) =>
    new Promise<{ error: Error | null; address: unknown }>((done) => guardedLookup({ allowHosts })(host, {}, (error, address) => done({ error, address })));

  it("refuses a name that resolves to a loopback address, and lets an allowed one through", async () => {
    expect((await resolve("localhost")).error?.message).toMatch(/resolves to .* loopback, private/);
    const allowed = await resolve("localhost", ["localhost"]);
    expect(allowed.error).toBeNull();
    expect(String(allowed.address)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});
