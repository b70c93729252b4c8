import { describe, expect, it } from "vitest";
import { findMentions, mentionQueryAt, newMentions } from "./mentions";

const people = [
  { id: "lee", name: "Lee Lead", email: "lee@example.com" },
  { id: "leen", name: "Lee", email: "leen@example.com" },
  { id: "eve", name: "Eve Engineer", email: "eve@example.com" },
  { id: "ana1", name: "Ana Ruiz", email: "ana@one.example" },
  { id: "ana2", name: "Ana Costa", email: "ana@two.example" },
  { id: "zoe", name: "Zoë Ångström", email: "zoe@example.com" },
];

describe("findMentions", () => {
  it("matches full names with spaces, longest first, case-insensitively", () => {
    expect(findMentions("@Lee Lead please look", people)).toEqual(["lee"]);
    expect(findMentions("@lee, can you?", people)).toEqual(["leen"]);
    expect(findMentions("thanks @EVE ENGINEER!", people)).toEqual(["eve"]);
    expect(findMentions("@Zoë Ångström: done", people)).toEqual(["zoe"]);
  });

  it("matches e-mail addresses, and the part before @ only when one person has it", () => {
    expect(findMentions("ping @eve@example.com", people)).toEqual(["eve"]);
    expect(findMentions("ping @eve", people)).toEqual(["eve"]);
    expect(findMentions("ping @ana", people)).toEqual([]);
    expect(findMentions("ping @ana@two.example", people)).toEqual(["ana2"]);
  });

  it("needs a word boundary after the name", () => {
    expect(findMentions("@Evening team", people)).toEqual([]);
    // "@Eve" alone is Eve (her address's name part), whatever follows the space.
    expect(findMentions("@Eve Engineering team", people)).toEqual(["eve"]);
    expect(findMentions("@eves", people)).toEqual([]);
  });

  it("ignores addresses, code spans and fenced code", () => {
    expect(findMentions("write to lee@example.com", people)).toEqual([]);
    expect(findMentions("use `@Lee Lead` here", people)).toEqual([]);
    expect(findMentions("```\n@Eve Engineer\n```\nand @Lee Lead", people)).toEqual(["lee"]);
  });

  it("lists each person once, in order of first mention", () => {
    expect(findMentions("@Eve Engineer @Lee Lead @Eve Engineer", people)).toEqual(["eve", "lee"]);
  });

  it("picks the right one of a thousand people with alike names, the longest that fits", () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: `u${i}`, name: `Sam Lee${i}`, email: `sam.lee${i}@example.com` }));
    many.push({ id: "sam", name: "Sam", email: "sam@example.com" });
    expect(findMentions("cc @Sam Lee42, @sam lee999 and @Sam, not @Sam Lee1000", many)).toEqual(["u42", "u999", "sam"]);
    expect(findMentions("@sam.lee7@example.com @sam.lee8", many)).toEqual(["u7", "u8"]);
  });

  it("stays fast on a text full of @", () => {
    const hostile = "@".repeat(200_000) + " @Eve Engineer";
    const started = performance.now();
    findMentions(hostile, people);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("newMentions", () => {
  it("names only the people an edit adds", () => {
    expect(newMentions("cc @eve", "cc @eve and @Lee Lead", people)).toEqual(["lee"]);
    expect(newMentions("cc @eve", "cc @eve", people)).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  it("finds the name being typed before the caret", () => {
    expect(mentionQueryAt("hello @Le", 9)).toEqual({ start: 6, query: "Le" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail lee@exa", 12)).toBeNull();
    expect(mentionQueryAt("@a\nb", 4)).toBeNull();
  });
});
