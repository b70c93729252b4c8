import { describe, expect, it } from "vitest";
import { etagOf, writeVersion } from "./if-match";

describe("the version an item write names", () => {
  it.each([
    ['"3"', undefined, 3],
    ['W/"12"', undefined, 12],
    [' "7" ', 7, 7],
    [null, 4, 4],
  ] as const)("If-Match %s with body version %s is %s", (header, body, version) => {
    expect(writeVersion(header, body)).toEqual({ version });
  });

  it.each([
    [null, undefined, /required/],
    ["*", undefined, /one ETag/],
    ['"1", "2"', undefined, /one ETag/],
    ["3", undefined, /one ETag/],
    ['"0"', undefined, /start at 1/],
    ['"3"', 4, /If-Match says 3 but the body says 4/],
  ] as const)("refuses If-Match %s with body version %s, naming the version", (header, body, message) => {
    const result = writeVersion(header, body);
    expect(result).toMatchObject({ error: { code: "invalid", fieldErrors: { version: [expect.stringMatching(message)] } } });
  });

  it("writes the ETag GET answers", () => {
    expect(etagOf(3)).toBe('"3"');
  });
});
