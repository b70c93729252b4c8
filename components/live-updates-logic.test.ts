import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLiveCoalescer, parseChange } from "./live-updates-logic";

const ME = "user-me";

function setup(opts: { delayMs?: number; maxWaitMs?: number } = {}) {
  let hidden = false;
  const onInvalidate = vi.fn();
  const onRefresh = vi.fn();
  const live = createLiveCoalescer({ selfId: ME, isHidden: () => hidden, onInvalidate, onRefresh, ...opts });
  return { live, onInvalidate, onRefresh, setHidden: (h: boolean) => (hidden = h) };
}

describe("live update coalescing", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits for a quiet period, then invalidates and refreshes once for a burst", () => {
    const { live, onInvalidate, onRefresh } = setup();
    live.receive({ by: "other" });
    vi.advanceTimersByTime(200);
    live.receive({ by: "other" });
    live.receive({ by: null });
    vi.advanceTimersByTime(299);
    expect(onInvalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onInvalidate).toHaveBeenCalledTimes(1);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(onInvalidate).toHaveBeenCalledTimes(1);
  });

  it("acts at most maxWaitMs after the first event of a steady stream", () => {
    const { live, onInvalidate } = setup({ delayMs: 300, maxWaitMs: 1000 });
    for (let t = 0; t < 1000; t += 100) {
      live.receive({ by: "other" });
      vi.advanceTimersByTime(100);
    }
    expect(onInvalidate).toHaveBeenCalledTimes(1);
  });

  it("invalidates but does not refresh for the user's own changes", () => {
    const { live, onInvalidate, onRefresh } = setup();
    live.receive({ by: ME });
    vi.advanceTimersByTime(300);
    expect(onInvalidate).toHaveBeenCalledTimes(1);
    expect(onRefresh).not.toHaveBeenCalled();
  });

  it("refreshes when a burst mixes own and others' changes", () => {
    const { live, onRefresh } = setup();
    live.receive({ by: ME });
    live.receive({ by: "other" });
    live.receive({ by: ME });
    vi.advanceTimersByTime(300);
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it("does nothing while hidden, then acts once when visible again", () => {
    const { live, onInvalidate, onRefresh, setHidden } = setup();
    setHidden(true);
    live.receive({ by: "other" });
    live.receive({ by: "other" });
    vi.advanceTimersByTime(10_000);
    expect(onInvalidate).not.toHaveBeenCalled();
    setHidden(false);
    live.resume();
    expect(onInvalidate).toHaveBeenCalledTimes(1);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    live.resume();
    expect(onInvalidate).toHaveBeenCalledTimes(1);
  });

  it("keeps events pending if the tab is hidden when the timer fires", () => {
    const { live, onInvalidate, setHidden } = setup();
    live.receive({ by: "other" });
    setHidden(true);
    vi.advanceTimersByTime(300);
    expect(onInvalidate).not.toHaveBeenCalled();
    setHidden(false);
    live.resume();
    expect(onInvalidate).toHaveBeenCalledTimes(1);
  });

  it("does nothing on resume when no events arrived", () => {
    const { live, onInvalidate, onRefresh } = setup();
    live.resume();
    expect(onInvalidate).not.toHaveBeenCalled();
    expect(onRefresh).not.toHaveBeenCalled();
  });

  it("dispose cancels a scheduled update", () => {
    const { live, onInvalidate } = setup();
    live.receive({ by: "other" });
    live.dispose();
    vi.advanceTimersByTime(1000);
    live.resume();
    expect(onInvalidate).not.toHaveBeenCalled();
  });
});

describe("parseChange", () => {
  it("reads who made the change", () => {
    expect(parseChange(JSON.stringify({ type: "item", id: "a", projectId: "p", version: 2, by: "u1" }))).toEqual({ by: "u1" });
    expect(parseChange(JSON.stringify({ type: "items", ids: [], by: null }))).toEqual({ by: null });
  });
  it("rejects malformed data without throwing", () => {
    expect(parseChange("not json")).toBeNull();
    expect(parseChange("null")).toBeNull();
    expect(parseChange(undefined)).toBeNull();
  });
});
