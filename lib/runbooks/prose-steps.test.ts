import { describe, expect, it } from "vitest";
import { proseSteps, sentencesOf } from "./prose-steps";
import { parse } from "./syntax-tree";

// Prose procedures written for this test, in two languages.

const stepsIn = (markdown: string) => proseSteps(parse(markdown).children);

describe("prose steps", () => {
  it("reads each sentence and each code block as a step", () => {
    const md = "Drain the node first. If pods stay pending, cordon it (see `kubectl get pods`).\n\n```sh\nkubectl drain node-7 --ignore-daemonsets\n```\n\nThen reboot it.\n";
    expect(stepsIn(md)).toEqual(["Drain the node first.", "If pods stay pending, cordon it (see kubectl get pods).", "kubectl drain node-7 --ignore-daemonsets", "Then reboot it."]);
  });

  it("reads a sentence introducing a code block and the block as one step, in another language", () => {
    const md = "Zuerst den Dienst anhalten:\n\n```\nsystemctl stop kasse\n```\n\nDanach z. B. das Log prüfen. Fertig!\n";
    expect(stepsIn(md)).toEqual(["Zuerst den Dienst anhalten:", "Danach z. B. das Log prüfen.", "Fertig!"]);
  });

  it("does not cut at abbreviations, version numbers or lower-case continuations", () => {
    expect(sentencesOf("Use v2.3 of the tool, e.g. Kafka 3.x. It runs. and so on")).toEqual(["Use v2.3 of the tool, e.g. Kafka 3.x.", "It runs. and so on"]);
    expect(sentencesOf("   ")).toEqual([]);
  });

  it("ignores tables, quotes and lists (they have their own readers)", () => {
    expect(stepsIn("> Quoted note.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")).toEqual([]);
  });
});
