// Results of a pure function of a long text, kept for the texts seen most recently. A 1 MB runbook
// costs seconds to render (on the worker thread), and every view of the page shows the same stored
// text again; with this, only the first view after a change pays. Short texts are cheap and not
// kept; the kept ones are bounded by their total length. A result that is a promise is kept while
// pending (two views at once share one render) and forgotten if it fails, so a failure is retried.

export interface MemoOptions<V> {
  /** Texts shorter than this are computed every time. */
  minLength: number;
  /** Most characters kept (texts plus what `size` says their results hold). */
  maxChars: number;
  size: (value: V, text: string) => number;
}

export function memoizeLongText<V>(compute: (text: string) => V, { minLength, maxChars, size }: MemoOptions<V>): (text: string) => V {
  const kept = new Map<string, { value: V; chars: number }>();
  let total = 0;
  const forget = (text: string) => {
    const entry = kept.get(text);
    if (!entry) return;
    kept.delete(text);
    total -= entry.chars;
  };
  return (text) => {
    if (text.length < minLength) return compute(text);
    const hit = kept.get(text);
    if (hit) {
      kept.delete(text); // most recently used last
      kept.set(text, hit);
      return hit.value;
    }
    const value = compute(text);
    const chars = text.length + size(value, text);
    if (chars > maxChars) return value;
    kept.set(text, { value, chars });
    total += chars;
    if (value instanceof Promise) value.catch(() => kept.get(text)?.value === value && forget(text));
    for (const [key] of kept) {
      if (total <= maxChars) break;
      forget(key);
    }
    return value;
  };
}
