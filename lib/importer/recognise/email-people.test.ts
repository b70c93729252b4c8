import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { emailPeopleOf } from "./email-people";

// Mails written for this test.

describe("people an e-mail names in its headers and attendee lines", () => {
  it("are the full names and their first words, in any script", () => {
    const mail = ["From: Priya Natarajan <priya@example.com>", "Cc: Tom Becker <tom@example.com>, ops@example.com", "", "Hi all,"].join("\n");
    expect(emailPeopleOf(mail)).toEqual(new Set(["priya natarajan", "priya", "tom becker", "tom"]));
    expect(emailPeopleOf("विषय: समीक्षा\nप्रेषक: राहुल शर्मा\nप्रति: टीम\n\nउपस्थित: राहुल, अनीता")).toEqual(new Set(["राहुल शर्मा", "राहुल", "टीम", "अनीता"]));
    expect(emailPeopleOf("出席者：田中、鈴木")).toEqual(new Set(["田中", "鈴木"]));
  });

  it("make 'Name: task' entries the person's tasks", () => {
    const mail = ["From: Priya Natarajan <priya@example.com>", "To: Tom Becker <tom@example.com>", "", "Action items:", "", "1. Tom: add config validation", "2. Priya: write the summary"].join("\n");
    expect(parsePlan(mail).items.map((i) => i.title)).toEqual(["Add config validation", "Write the summary"]);
  });

  it("are not read from one header-like line atop a note, nor from a body's 'To:'", () => {
    expect(emailPeopleOf("To: Release Team\n\n- [ ] Cache: warm it up")).toEqual(new Set());
    expect(emailPeopleOf("# Plan\n\nFrom: Ana\nTo: Ben")).toEqual(new Set());
    expect(emailPeopleOf(`From: ${"A".repeat(100_000)}\nTo: B`)).toEqual(new Set());
  });
});
