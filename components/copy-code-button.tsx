"use client";

import { useEffect, useRef, useState, type MouseEvent } from "react";
import { cn } from "@/lib/cn";

// The copy button on Markdown code blocks. The text comes from the server-rendered syntax tree,
// so copying never depends on what the DOM happens to contain.

type Status = "idle" | "copied" | "selected";

const LABEL: Record<Status, string> = { idle: "Copy", copied: "Copied", selected: "Selected" };
// aria-label stays "Copy code" (a stable name), so the outcome is announced separately.
const ANNOUNCEMENT: Record<Status, string> = {
  idle: "",
  copied: "Code copied to clipboard",
  selected: "Clipboard unavailable: the code is selected, copy it with your keyboard",
};

export function CopyCodeButton({ text, className }: { text: string; className?: string }) {
  const [status, setStatus] = useState<Status>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function show(next: Status) {
    setStatus(next);
    clearTimeout(timer.current);
    // The fallback asks the reader to act, so it stays up longer than the confirmation.
    timer.current = setTimeout(() => setStatus("idle"), next === "copied" ? 1500 : 4000);
  }

  async function copy(event: MouseEvent<HTMLButtonElement>) {
    // Read before awaiting: React clears currentTarget once the handler yields.
    const block = event.currentTarget.previousElementSibling;
    try {
      // navigator.clipboard is undefined outside secure contexts (plain-http intranet hosts),
      // and writeText rejects when permission is refused; both land in the fallback.
      await navigator.clipboard.writeText(text);
      show("copied");
    } catch {
      if (block) window.getSelection()?.selectAllChildren(block);
      show("selected");
    }
  }

  return (
    <>
      <button
        type="button"
        aria-label="Copy code"
        title={status === "selected" ? ANNOUNCEMENT.selected : undefined}
        onClick={copy}
        className={cn(
          "absolute top-1.5 right-1.5 rounded border border-border bg-surface px-1.5 py-0.5 font-sans text-xs text-muted-foreground shadow-xs hover:bg-muted hover:text-foreground",
          className,
        )}
      >
        {LABEL[status]}
      </button>
      <span role="status" className="sr-only">
        {ANNOUNCEMENT[status]}
      </span>
    </>
  );
}
