"use client";

import { useId, useMemo, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { mentionQueryAt } from "@/lib/notify/mentions";
import { cn } from "@/lib/cn";

export type Person = { id: string; name: string };

const MAX_SUGGESTIONS = 6;

/** People whose name (or a word of it) starts with what was typed after "@". */
export function suggest(people: readonly Person[], query: string): Person[] {
  const q = query.trim().toLowerCase();
  return people.filter((p) => !q || p.name.toLowerCase().startsWith(q) || p.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q))).slice(0, MAX_SUGGESTIONS);
}

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onValueChange: (value: string) => void;
  people: readonly Person[];
};

/**
 * A textarea that offers people after "@": arrows move, Enter or Tab inserts "@Full Name ", Escape
 * closes (the list is a listbox tied to the textarea by aria-activedescendant, so a screen reader
 * hears the choice). Typing goes on as usual when nothing matches.
 */
export function MentionTextarea({ value, onValueChange, people, className, onKeyDown, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const query = useMemo(() => mentionQueryAt(value, caret), [value, caret]);
  const options = useMemo(() => (query && dismissedAt !== query.start ? suggest(people, query.query) : []), [query, people, dismissedAt]);
  const open = options.length > 0;

  const choose = (person: Person) => {
    if (!query) return;
    const before = value.slice(0, query.start);
    const after = value.slice(caret);
    const inserted = `@${person.name} `;
    onValueChange(before + inserted + after);
    const at = before.length + inserted.length;
    setCaret(at);
    // The name is in: the list closes until the next "@".
    setDismissedAt(query.start);
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  };

  const keys = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setActive((i) => (i + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
        return;
      }
      if ((e.key === "Enter" && !e.metaKey && !e.ctrlKey) || e.key === "Tab") {
        e.preventDefault();
        choose(options[Math.min(active, options.length - 1)]!);
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        setDismissedAt(query!.start);
        return;
      }
    }
    onKeyDown?.(e);
  };

  return (
    <div className="relative">
      <textarea
        {...rest}
        ref={ref}
        value={value}
        // A multi-line text box that offers suggestions: it keeps the textbox role (ARIA allows
        // combobox only on single-line inputs) and points at the active suggestion.
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        onChange={(e) => {
          onValueChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={keys}
        className={className}
      />
      <p className="sr-only" role="status" aria-live="polite">
        {open ? `${options.length} ${options.length === 1 ? "person" : "people"} to mention: arrows to choose, Enter to insert, Escape to close.` : ""}
      </p>
      {open ? (
        <ul id={listId} role="listbox" aria-label="People to mention" className="absolute left-2 z-20 mt-1 w-64 max-w-[calc(100%-1rem)] overflow-hidden rounded-md border border-border bg-surface py-1 text-sm shadow-lg">
          {options.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn("cursor-pointer truncate px-3 py-1.5", i === active && "bg-muted")}
              // mousedown, not click: the textarea keeps its focus and caret.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {p.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
