"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint` (the print dialog), or
 * while the print media query matches (a print preview, or emulation in tests). For content that
 * only paper needs, rendered on demand rather than hidden on every screen (issue #21: the metric
 * page's 200-row table cost a long hydration task on phones). `beforeprint` commits synchronously
 * (flushSync), so the rows are in the document before the browser lays out the printout.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia("print");
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    const onMedia = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media.addEventListener("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media.removeEventListener("change", onMedia);
    };
  }, []);
  return printing;
}
