import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { auditHref, parseAuditFilter } from "./filters";

const ID = "33333333-3333-4333-8333-333333333333";

describe("the audit log's URL filters", () => {
  it("reads each filter, with days as the reader's midnights (the last day included)", () => {
    const { filter, query, problems } = parseAuditFilter({ actor: `user:${ID}`, kind: "item.status", from: "2026-12-01", to: "2026-12-02", thing: " P0-006 ", before: "120" }, "Pacific/Auckland");
    expect(problems).toEqual([]);
    expect(filter).toEqual({ actor: { kind: "user", id: ID }, kind: "item.status", from: "2026-12-01", to: "2026-12-02", thing: "P0-006", before: 120 });
    // Auckland is UTC+13 in December: its 1 December starts at 11:00 UTC on 30 November.
    expect(query.since?.toISOString()).toBe("2026-11-30T11:00:00.000Z");
    expect(query.until?.toISOString()).toBe("2026-12-02T11:00:00.000Z");
  });

  it("takes a kind of actor, a kind of thing and every action", () => {
    expect(parseAuditFilter({ actor: "system", kind: "runbook" }, "UTC").filter).toEqual({ actor: { kind: "system" }, kind: "runbook" });
    expect(parseAuditFilter({ actor: "token" }, "UTC").filter).toEqual({ actor: { kind: "token" } });
    for (const kind of AUDIT_ACTIONS) expect(parseAuditFilter({ kind }, "UTC").problems).toEqual([]);
  });

  it("names what it cannot use and keeps the rest", () => {
    const { filter, problems } = parseAuditFilter({ actor: ["user", "system"], kind: "constructor", from: "2026-13-01", to: "2026-12-01", thing: "x".repeat(101), before: "1e400" }, "UTC");
    expect(filter).toEqual({ to: "2026-12-01" });
    expect(problems).toHaveLength(5);
    expect(parseAuditFilter({ actor: "system:demo" }, "UTC").problems).toEqual(["Who: choose someone, a token or System from the list."]);
    expect(parseAuditFilter({ from: "2026-12-02", to: "2026-12-01" }, "UTC")).toMatchObject({ filter: {}, problems: ["From: the first day must not be after the last (To); showing every date."] });
  });

  it("writes a filter back as the URL it came from", () => {
    const { filter } = parseAuditFilter({ actor: `token:${ID}`, kind: "metric", from: "2026-12-01", thing: "error_rate" }, "UTC");
    expect(auditHref(filter)).toBe(`/admin/audit?actor=token%3A${ID}&kind=metric&from=2026-12-01&thing=error_rate`);
    expect(auditHref(filter, { before: 40 })).toBe(`/admin/audit?actor=token%3A${ID}&kind=metric&from=2026-12-01&thing=error_rate&before=40`);
    expect(auditHref({})).toBe("/admin/audit");
  });
});
