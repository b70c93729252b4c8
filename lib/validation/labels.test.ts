import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldSentence, fieldWords, labelFor, labelKey, withLabels } from "./labels";

describe("form labels", () => {
  const schema = withLabels(z.object({ warningThreshold: z.number(), changes: z.object({ title: z.string() }), scopes: z.array(z.string()) }), {
    warningThreshold: "Warning threshold",
    "changes.title": "Title",
    scopes: "Scopes",
  });

  it("finds a field's label by its path, or its nearest labelled parent's", () => {
    expect(labelFor(schema, ["warningThreshold"])).toBe("Warning threshold");
    expect(labelFor(schema, ["changes", "title"])).toBe("Title");
    expect(labelFor(schema, ["scopes", 2])).toBe("Scopes");
    expect(labelFor(schema, ["changes", "other"])).toBeUndefined();
    expect(labelFor(z.object({}), ["x"])).toBeUndefined();
    expect(labelKey(["points", 3, "value"])).toBe("points.*.value");
  });

  it("makes one sentence of a label and a message", () => {
    expect(fieldSentence("Warning threshold", "must be at or above the target (10)")).toBe("Warning threshold must be at or above the target (10)");
    expect(fieldSentence("Title", "at most 500 characters")).toBe("Title: at most 500 characters");
    expect(fieldSentence(undefined, "That metric no longer exists", ["metricId"])).toBe("That metric no longer exists");
    expect(fieldSentence(undefined, "at most 80 characters")).toBe("At most 80 characters");
    expect(fieldSentence("Email", "Enter a valid email address", ["email"])).toBe("Enter a valid email address");
  });

  it("words an unlabelled field's name rather than print it", () => {
    expect(fieldSentence(undefined, "must not contain the NUL character", ["extra", "points", 0, "dueOverrideReason"])).toBe("Due override reason must not contain the NUL character");
    expect(fieldSentence(undefined, "is missing or invalid", ["projectId"])).toBe("Project is missing or invalid");
    expect(fieldWords(["tracking_cadence"])).toBe("Tracking cadence");
    expect(fieldWords([0])).toBeUndefined();
    expect(fieldSentence(undefined, "view is missing", ["id"])).toBe("View is missing");
  });
});
