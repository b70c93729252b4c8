import { describe, expect, it } from "vitest";
import { parsePlan } from "../parse";

const read = (md: string) => parsePlan(md).items.map((i) => [i.title, i.status]);

describe("what to use instead, closing a declined item", () => {
  it("is the reason it is declined, not its title", () => {
    expect(read("## Not planned\n\n- Elasticsearch output — use the OpenSearch output, it speaks the same bulk API\n- A built-in HTTP server (use `kestrel-server` from the community)\n")).toEqual([
      ["Elasticsearch output", "wont_do"],
      ["A built-in HTTP server", "wont_do"],
    ]);
  });

  it("on open work the same words say how to do it, and stay", () => {
    expect(read("## Tasks\n\n- [ ] Cache the session tokens — use Redis, it is already deployed\n")).toEqual([["Cache the session tokens — use Redis, it is already deployed", "not_started"]]);
  });
});
