import { describe, expect, it } from "vitest";
import { labelledPriority, stateThenDate } from "./description-fields";
import { statusAroundDescription } from "../status-words";

describe("labelledPriority", () => {
  it("reads a labelled priority anywhere in the description", () => {
    expect(labelledPriority("ordered from ACME, runs in May. Priority: high.")).toBe("High");
    expect(labelledPriority("objednáno, Priorita: nízká")).toBe("Low");
  });
  it("does not read a priority word that has no label", () => {
    expect(labelledPriority("high load expected in May, plan capacity")).toBeNull();
    expect(labelledPriority("the priority queue needs a second worker")).toBeNull();
  });
});

describe("stateThenDate", () => {
  it("reads a state opening the description with the date it was reached", () => {
    expect(stateThenDate("done 2 Dec, moved the archive to cold storage")).toBe("done");
    expect(stateThenDate("erledigt 03.12.; Protokoll liegt im Wiki")).toBe("done");
  });
  it("does not read prose that opens with a state word", () => {
    expect(stateThenDate("done right this needs 3 people, says ops")).toBeNull();
    expect(stateThenDate("open the 2 ports, then restart")).toBeNull();
    expect(stateThenDate("Review 3 PRs, then merge")).toBeNull();
  });
});

describe("a state opening the description before a remark in parentheses", () => {
  it("reads the state, and the Turkish capital İ as i", () => {
    expect(statusAroundDescription("Done (2 Dec). Valid until 2029.")).toBe("done");
    expect(statusAroundDescription("Durum: İptal. Başka projeye alındı.")).toBe("wont_do");
  });
  it("does not read a state word inside the sentence", () => {
    expect(statusAroundDescription("We keep the port (8443) open for the old clients and see.")).toBeNull();
  });
});
