import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";
import { asciiDocToMarkdown } from "./asciidoc";

describe("AsciiDoc saved as Markdown", () => {
  it("writes sections, attributes, blocks and nested entries as Markdown, line for line", () => {
    const adoc = ["= tinyq", ":toc:", "", "== Usage", "[source,bash]", "----", "== not a heading", "----", "* one", "** nested", ". first", "// a comment"].join("\n");
    expect(asciiDocToMarkdown(adoc).split("\n")).toEqual(["# tinyq", "", "", "## Usage", "", "```", "== not a heading", "```", "* one", "  - nested", "1. first", ""]);
  });

  it("reads a README's plans and known bugs in its own language as its work; its install steps are not", () => {
    const adoc = ["= kvstore", "", "== Installation", "", "* run the installer", "", "== Pläne", "", "* [ ] Snapshots auf S3", "", "== Bekannte Probleme", "", "* Der Index wächst ohne Grenze.", "", "== Lizenz", "", "MIT", ""].join("\n");
    expect(parsePlan(adoc).items.map((i) => i.title)).toEqual(["Snapshots auf S3", "Der Index wächst ohne Grenze."]);
  });

  it("leaves Markdown and a lone '= x' line alone", () => {
    const md = "# Plan\n\n== not adoc\n\n=== also not\n";
    expect(asciiDocToMarkdown(md)).toBe(md);
    expect(asciiDocToMarkdown("a = b\n== c\n")).toBe("a = b\n== c\n");
  });
});
