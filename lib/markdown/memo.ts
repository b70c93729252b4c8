// Results of a pure function of a long text, kept for the texts seen most recently. Rendering a
// runbook is linear in its length but a 1 MB body still costs about a second, and every view of
// the page renders the same stored text again; with this, only the first view after a change
// pays. Short texts are cheap and not kept; the kept ones are bounded by their total length. In
// the browser (the editor's preview, a new text on every keystroke) nothing is kept.

export interface MemoOptions<V> {
  /** Texts shorter than this are computed every time. */
  minLength: number;
  /** Most characters kept (texts plus what `size` says their results hold). */
  maxChars: number;
  size: (value: V) => number;
}

export function memoizeLongText<V>(compute: (text: string) => V, { minLength, maxChars, size }: MemoOptions<V>): (text: string) => V {
  const kept = new Map<string, { value: V; chars: number }>();
  let total = 0;
  return (text) => {
    if (text.length < minLength || typeof window !== "undefined") return compute(text);
    const hit = kept.get(text);
    if (hit) {
      kept.delete(text); // most recently used last
      kept.set(text, hit);
      return hit.value;
    }
    const value = compute(text);
    const chars = text.length + size(value);
    if (chars > maxChars) return value;
    kept.set(text, { value, chars });
    total += chars;
    for (const [key, entry] of kept) {
      if (total <= maxChars) break;
      kept.delete(key);
      total -= entry.chars;
    }
    return value;
  };
}
