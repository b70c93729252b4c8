import { describe, expect, it } from "vitest";
import { leadsWithPerson } from "./person-parens";

const people = new Set(["Ana Lima", "Tom"]);

describe("a parenthesis naming who does the work and their part", () => {
  it("a person of the document and a word or two about their part is an owner remark", () => {
    expect(leadsWithPerson("Ana Lima coordinates", people)).toBe(true);
    expect(leadsWithPerson("Tom to check", people)).toBe(true);
  });

  it("a parenthesis that says more, or names no person of the document, is not", () => {
    expect(leadsWithPerson("Tom said the vendor needs logs", people)).toBe(false);
    expect(leadsWithPerson("Tom 2024", people)).toBe(false);
    expect(leadsWithPerson("Rita coordinates", people)).toBe(false);
    expect(leadsWithPerson("Tom", people)).toBe(false); // a name alone is read by the caller
  });
});
