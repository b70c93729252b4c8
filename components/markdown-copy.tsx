"use client";

import { useEffect, useRef, type ComponentProps, type MouseEvent } from "react";

// Rendered Markdown whose code blocks have copy buttons (written by lib/markdown/render.ts as
// `<button data-copy-code>` after each `<pre>`). One click handler for the whole block copies the
// code beside the button that was pressed and says so on the button and to screen readers.

type Status = "copied" | "selected";
const LABEL: Record<Status, string> = { copied: "Copied", selected: "Selected" };
const ANNOUNCEMENT: Record<Status, string> = {
  copied: "Code copied to clipboard",
  selected: "Clipboard unavailable: the code is selected, copy it with your keyboard",
};

export function MarkdownCopyArea({ html, ...rest }: { html: string } & Omit<ComponentProps<"div">, "children" | "dangerouslySetInnerHTML" | "onClick">) {
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  function show(button: HTMLButtonElement, status: Status) {
    const live = button.nextElementSibling;
    button.textContent = LABEL[status];
    // aria-label stays "Copy code" (a stable name), so the outcome is announced separately.
    if (live) live.textContent = ANNOUNCEMENT[status];
    if (status === "selected") button.title = ANNOUNCEMENT.selected;
    // The fallback asks the reader to act, so it stays up longer than the confirmation.
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      button.textContent = "Copy";
      button.removeAttribute("title");
      if (live) live.textContent = "";
    }, status === "copied" ? 1500 : 4000);
    timers.current.add(timer);
  }

  async function copy(event: MouseEvent<HTMLDivElement>) {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-copy-code]");
    const block = button?.previousElementSibling;
    if (!button || !block || !event.currentTarget.contains(button)) return;
    // The closing fence leaves a newline that nobody wants pasted.
    const text = (block.textContent ?? "").replace(/\n$/, "");
    try {
      // navigator.clipboard is undefined outside secure contexts (plain-http intranet hosts),
      // and writeText rejects when permission is refused; both land in the fallback.
      await navigator.clipboard.writeText(text);
      show(button, "copied");
    } catch {
      window.getSelection()?.selectAllChildren(block);
      show(button, "selected");
    }
  }

  // The buttons inside are focusable and handle Enter/Space themselves; the div only listens.
  return <div {...rest} onClick={copy} dangerouslySetInnerHTML={{ __html: html }} />;
}
