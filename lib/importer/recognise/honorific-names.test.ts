import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { isHonoured } from "./honorific-names";

// Names, roles and lists written for this test.

describe("names and roles with an honorific", () => {
  it("are people in several languages", () => {
    for (const p of ["Frau Weber", "Dr. Osei", "वर्मा जी", "लाइब्रेरियन जी", "الأستاذ سمير", "山田さん", "박 선생님", "Pak Budi", "Mme Girard"]) expect(isHonoured(p), p).toBe(true);
  });

  it("are not plain words, long clauses or words that merely start alike", () => {
    for (const p of ["Webhook retries", "Drive to Bonn", "Mr Blobby's theme song for the whole office party", "msgpack", "staging"]) expect(isHonoured(p), p).toBe(false);
  });

  it("end an entry after a spaced dash as its owner, not its title", () => {
    const md = "## Tasks\n\n- Fix the broken gate latch — माली जी\n- Order new chairs – Frau Krüger\n";
    expect(parsePlan(md).items.map((i) => i.title)).toEqual(["Fix the broken gate latch", "Order new chairs"]);
  });
});
