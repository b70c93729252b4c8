import { describe, expect, it } from "vitest";
import { claimStream, MAX_STREAMS_PER_CALLER } from "./stream-limit";

describe("claimStream", () => {
  it("gives each caller at most MAX_STREAMS_PER_CALLER streams, and a slot back when one closes", () => {
    const releases = Array.from({ length: MAX_STREAMS_PER_CALLER }, () => claimStream("a"));
    expect(releases.every(Boolean)).toBe(true);
    expect(claimStream("a")).toBeNull();
    // Another caller is not affected.
    const other = claimStream("b");
    expect(other).not.toBeNull();
    releases[0]!();
    releases[0]!(); // twice (abort and cancel both fire): one slot, not two
    const again = claimStream("a");
    expect(again).not.toBeNull();
    expect(claimStream("a")).toBeNull();
    [...releases.slice(1), again, other].forEach((release) => release!());
  });
});
