// Generated item keys: an item created without a key of its own (by hand, or by an import for a
// heading that names none) gets the next "T-<n>".

/** The next free generated key ("T-<n>") given the keys already taken. */
export function keyAllocator(taken: Iterable<string>) {
  const used = new Set(taken);
  let n = 0;
  for (const key of used) {
    const m = key.match(/^T-(\d+)$/);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => {
    let key: string;
    do key = `T-${++n}`;
    while (used.has(key));
    used.add(key);
    return key;
  };
}
