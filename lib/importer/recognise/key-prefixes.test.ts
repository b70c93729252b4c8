import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { leadingKey, repeatedKeyPrefixes } from "./key-prefixes";

describe("tracker keys opening titles", () => {
  it("takes a key prefix the document repeats with different numbers", () => {
    const prefixes = repeatedKeyPrefixes(["SHOP-12 Cart badge", "SHOP-15 Coupon field", "UTF-8 everywhere"]);
    expect([...prefixes]).toEqual(["SHOP"]);
    expect(leadingKey("SHOP-12 Cart badge", prefixes)).toEqual({ key: "SHOP-12", title: "Cart badge" });
    expect(leadingKey("UTF-8 everywhere", prefixes)).toBeNull();
  });

  it("leaves a lone key-shaped opening as title", () => {
    expect(repeatedKeyPrefixes(["ISO-8601 dates in the API", "Fix the login"]).size).toBe(0);
    expect(repeatedKeyPrefixes(["SHA-256 hashes", "SHA-256 for uploads"]).size).toBe(0);
  });

  it("strips the keys of a pasted sprint list, keeping them as the items' keys", () => {
    const md = ["# Sprint 9", "", "- [ ] ABC-101 Exportknop toevoegen", "- [x] ABC-102 Inlogscherm vertalen"].join("\n");
    expect(parsePlan(md).items.map((i) => [i.key, i.title])).toEqual([
      ["ABC-101", "Exportknop toevoegen"],
      ["ABC-102", "Inlogscherm vertalen"],
    ]);
  });

  it("takes a prefix other items carry as keys, short ids included", () => {
    expect([...repeatedKeyPrefixes(["APP-0A2 ANR on emulators"], ["APP-1C4", null])]).toEqual(["APP"]);
    // Negative: a key-shaped opening no other item shares stays title.
    expect(repeatedKeyPrefixes(["UTF-8 support in exports"], ["APP-1C4"]).size).toBe(0);
  });
});
