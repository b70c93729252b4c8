import { describe, expect, it } from "vitest";
import { entryWords } from "@/lib/inbox/entry-text";
import { digestMessage, entryMessage } from "./render";

const APP = "https://backlog.example.test";
const footer = { unsubscribeUrl: `${APP}/api/v1/notifications/unsubscribe?u=1&k=x&t=y`, unsubscribeLabel: "Stop these", settingsUrl: `${APP}/account#notifications` };
const item = { id: "1", key: "P0-006", title: "Add <script>alert(1)</script> tracing", project: "platform" };

describe("e-mail bodies", () => {
  it("words one entry in plain text and escaped HTML, with absolute links", () => {
    const w = entryWords({ kind: "mentioned", actorLabel: "Lee <Lead>", subjectType: "item", detail: { items: [item], where: "comment", excerpt: "see <b>this</b>\r\nBcc: x@y" } }, "UTC");
    const m = entryMessage(w, APP, footer);
    expect(m.subject).toBe("Lee <Lead> mentioned you in a comment on P0-006");
    expect(m.text).toContain(`${APP}/backlog/platform/P0-006`);
    expect(m.html).not.toContain("<script>");
    expect(m.html).toContain("&lt;script&gt;");
    expect(m.html).toContain("<strong>Lee &lt;Lead&gt;</strong>");
    expect(m.text).toContain("Stop these: https://");
  });

  it("keeps a subject on one line however the title was written", () => {
    const w = entryWords({ kind: "assigned", actorLabel: "Lee\r\nBcc: evil@example.com", subjectType: "item", detail: { items: [item] } }, "UTC");
    expect(entryMessage(w, APP, footer).subject).not.toMatch(/[\r\n]/);
  });

  it("groups a digest by kind, in the reader's zone", () => {
    const due = { items: [item], changes: [{ field: "dueAt" as const, to: "2026-12-11T23:30:00Z" }] };
    const entries = [
      { kind: "overdue" as const, words: entryWords({ kind: "overdue", actorLabel: "Health Backlog", subjectType: "item", detail: { items: [item] } }, "Europe/Berlin") },
      { kind: "item_changed" as const, words: entryWords({ kind: "item_changed", actorLabel: "Lee Lead", subjectType: "item", detail: due }, "Europe/Berlin") },
    ];
    const m = digestMessage(entries, APP, footer, "8 Dec 2026");
    expect(m.subject).toBe("Your Health Backlog digest for 8 Dec 2026: 2 updates");
    // The preferences' order: changes before overdue; the due date in Berlin is the 12th.
    expect(m.text.indexOf("Changes to what you watch")).toBeLessThan(m.text.indexOf("Overdue"));
    expect(m.text).toContain("Lee Lead set P0-006's due date to 12 Dec 2026");
    expect(m.text).toContain("P0-006 is overdue");
    expect(m.html).not.toContain("<script>");
  });
});
