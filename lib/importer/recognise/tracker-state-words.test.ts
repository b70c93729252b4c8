import { describe, expect, it } from "vitest";
import { parseStatus } from "../clean";
import { findPriorityLabel, resolvePriority } from "../priority";

// Trackers' state and priority words in their UI languages (vocabulary.ts): Redmine, monday.com,
// Sentry, Pivotal Tracker.
describe("trackers' state words", () => {
  it("reads Redmine's states in Polish", () => {
    expect(["Nowy", "Rozwiązany", "Zamknięty", "Odrzucony", "Wstrzymany"].map(parseStatus)).toEqual(["not_started", "done", "done", "wont_do", "blocked"]);
  });

  it("reads monday.com's labels in Spanish and English", () => {
    expect(["Detenido", "No empezado", "Working on it"].map(parseStatus)).toEqual(["blocked", "not_started", "in_progress"]);
  });

  it("reads an error tracker's states", () => {
    expect(["Unresolved", "Ignored", "Unstarted"].map(parseStatus)).toEqual(["not_started", "wont_do", "not_started"]);
  });

  it("reads Redmine's Immediate level as critical", () => {
    expect(resolvePriority(findPriorityLabel("Natychmiastowy"))).toBe("P0");
    expect(resolvePriority(findPriorityLabel("Inmediata"))).toBe("P0");
  });

  it("negative: 'Resolved' stays done, a plain word is no state", () => {
    expect(parseStatus("Resolved")).toBe("done");
    expect(parseStatus("Nowak")).toBeNull();
  });
});
