import type { ReactNode } from "react";

/** The key printed on a button ("Shortcuts ?"); hidden from assistive tech, as the control's aria-keyshortcuts says the same thing properly. */
export function KeyHint({ children }: { children: ReactNode }) {
  return (
    <kbd aria-hidden className="rounded border border-border bg-muted px-1 font-mono text-[0.7rem] leading-4 font-normal text-muted-foreground">
      {children}
    </kbd>
  );
}
