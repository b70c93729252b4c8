"use client";

import { Move } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { PriorityBadge } from "@/components/backlog/badges";
import { Card } from "@/components/ui/card";
import { useItemAction } from "@/components/use-item-action";
import { cn } from "@/lib/cn";
import { placeItemAction } from "@/lib/matrix/actions";
import type { QuadrantData, QuadrantItem } from "@/lib/matrix/queries";
import { neighbour, QUADRANT_HINTS, QUADRANT_LABELS, QUADRANTS, type Quadrant } from "@/lib/matrix/quadrants";
import { QuadrantMoveMenu } from "./quadrant-move-menu";

// The impact × effort chart. Leads drag an item to another quadrant, pick one from the item's move
// menu (the way on a phone), or focus it and use the arrow keys (along the axes) or 1–4 (a quadrant
// by number); the move is an ordinary item edit. Below sm the quadrants stack, axes aside.

// Chart layout: impact up, effort right.
const LAYOUT: Quadrant[] = ["quick_wins", "big_bets", "fill_ins", "money_pits"];
const KEYS: Record<string, Quadrant> = { "1": "quick_wins", "2": "big_bets", "3": "fill_ins", "4": "money_pits" };
const TONE: Record<Quadrant, string> = {
  quick_wins: "border-emerald-500/40 bg-emerald-500/5",
  big_bets: "border-blue-500/40 bg-blue-500/5",
  fill_ins: "border-slate-400/40 bg-slate-500/5",
  money_pits: "border-red-500/40 bg-red-500/5",
};

type Where = Quadrant | "unplaced";

export function QuadrantBoard({ data, canPlace }: { data: QuadrantData; canPlace: boolean }) {
  const { run, pending } = useItemAction();
  // Optimistic moves (item id → quadrant) until the refreshed page arrives.
  const [moved, setMoved] = useState<Record<string, Quadrant>>({});
  // New data from the server (after a save or a live update) replaces the optimistic moves.
  const [seen, setSeen] = useState(data);
  if (seen !== data) {
    setSeen(data);
    setMoved({});
  }
  const [dragOver, setDragOver] = useState<Where | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const focusAfterMove = useRef<string | null>(null);
  // The item whose move menu is open (kept while the menu closes, to put focus back on it).
  const [moving, setMoving] = useState<QuadrantItem | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);

  const all: { item: QuadrantItem; from: Where }[] = [
    ...QUADRANTS.flatMap((q) => data.placed[q].items.map((item) => ({ item, from: q as Where }))),
    ...data.unplaced.items.map((item) => ({ item, from: "unplaced" as Where })),
  ];
  const where = (e: { item: QuadrantItem; from: Where }): Where => moved[e.item.id] ?? e.from;
  const itemsIn = (w: Where) => all.filter((e) => where(e) === w).map((e) => e.item);
  const shift = (w: Where) => all.filter((e) => where(e) === w).length - all.filter((e) => e.from === w).length;

  const place = (item: QuadrantItem, to: Quadrant) => {
    const current = all.find((e) => e.item.id === item.id);
    if (!current || where(current) === to) return;
    setAnnouncement(`${item.key} moved to ${QUADRANT_LABELS[to]}.`);
    // Shown at once (outside the action's transition, which would hold it back until the save).
    setMoved((m) => ({ ...m, [item.id]: to }));
    run(() => placeItemAction({ id: item.id, version: item.version, quadrant: to }), {
      success: `${item.key} is now in ${QUADRANT_LABELS[to]}`,
      onError: () => {
        setMoved((m) => {
          const next = { ...m };
          delete next[item.id];
          return next;
        });
        setAnnouncement(`${item.key} could not be moved.`);
      },
    });
  };

  const onKeyDown = (item: QuadrantItem, from: Where) => (e: KeyboardEvent) => {
    if (!canPlace || e.altKey || e.ctrlKey || e.metaKey) return;
    let to: Quadrant | undefined = KEYS[e.key];
    if (!to && from !== "unplaced" && (e.key === "ArrowLeft" || e.key === "ArrowRight" || e.key === "ArrowUp" || e.key === "ArrowDown")) to = neighbour(from, e.key);
    if (!to) return;
    e.preventDefault();
    focusAfterMove.current = item.id;
    place(item, to);
  };

  // Keep the keyboard user's focus on the item they moved, once it renders in its new quadrant.
  useEffect(() => {
    const id = focusAfterMove.current;
    const el = id ? document.getElementById(`quadrant-item-${id}`) : null;
    if (el && document.activeElement !== el) {
      el.focus();
      focusAfterMove.current = null;
    }
  });

  const dropProps = (to: Quadrant) =>
    canPlace
      ? {
          onDragOver: (e: DragEvent) => {
            if (!e.dataTransfer.types.includes("application/x-item-id")) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = "move";
            setDragOver(to);
          },
          onDragLeave: () => setDragOver((d) => (d === to ? null : d)),
          onDrop: (e: DragEvent) => {
            e.preventDefault();
            setDragOver(null);
            const id = e.dataTransfer.getData("application/x-item-id");
            const entry = all.find((x) => x.item.id === id);
            if (entry) place(entry.item, to);
          },
        }
      : {};

  const chip = (item: QuadrantItem, from: Where) => (
    <li key={item.id} className="quadrant-item">
      <Link
        id={`quadrant-item-${item.id}`}
        href={`/backlog/${item.projectSlug}/${encodeURIComponent(item.key)}`}
        draggable={canPlace}
        onDragStart={(e) => {
          e.dataTransfer.setData("application/x-item-id", item.id);
          e.dataTransfer.effectAllowed = "move";
        }}
        onKeyDown={onKeyDown(item, from)}
        aria-describedby={canPlace ? "quadrant-help" : undefined}
        data-item-key={item.key}
        className={canPlace ? "quadrant-chip draggable" : "quadrant-chip"}
        title={`${item.key}: ${item.title}${item.impact !== null ? ` · impact ${item.impact}/5` : ""}${item.effortHours !== null ? ` · ${item.effortHours} h` : ""}`}
      >
        <PriorityBadge priority={item.priority} />
        <span className="key">{item.key}</span>
        <span className="title">{item.title}</span>
      </Link>
      {canPlace ? (
        <button
          type="button"
          id={`quadrant-move-${item.id}`}
          aria-label={`Move ${item.key}`}
          aria-haspopup="dialog"
          title={`Move ${item.key} to another quadrant`}
          onClick={() => {
            setMoving(item);
            setMenuOpen(true);
          }}
          className="quadrant-move"
        >
          <Move aria-hidden />
        </button>
      ) : null}
    </li>
  );

  const more = (total: number, shown: number) => (total > shown ? <p className="mt-2 text-xs text-muted-foreground">and {(total - shown).toLocaleString()} more</p> : null);

  return (
    <section aria-labelledby="quadrant-heading">
      <h2 id="quadrant-heading" className="mb-1 text-base font-semibold">
        Impact × effort
      </h2>
      <p id="quadrant-help" className="mb-3 text-sm text-muted-foreground">
        Open items by impact (1–5; 3 and up is high) and effort (more than 8 hours is high).
        {canPlace
          ? " Drag an item to another quadrant, choose one from its move button, or focus it and press the arrow keys (or 1–4); the change goes into the item's history."
          : " Leads place items."}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="grid items-start gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="grid min-w-0 gap-2 sm:grid-cols-[auto_minmax(0,1fr)]">
          <div className="hidden items-center justify-center sm:flex">
            <span className="-rotate-180 text-xs text-muted-foreground [writing-mode:vertical-rl]">Impact →</span>
          </div>
          <div>
            <ul className="grid gap-2 sm:grid-cols-2" aria-busy={pending}>
              {LAYOUT.map((q, n) => {
                const items = itemsIn(q);
                return (
                  <li
                    key={q}
                    {...dropProps(q)}
                    data-quadrant={q}
                    className={cn("min-w-0 rounded-lg border-2 p-3 transition-colors sm:min-h-48", TONE[q], dragOver === q && "border-primary bg-primary/10")}
                  >
                    <h3 className="flex items-baseline justify-between gap-2 text-sm font-medium">
                      <span>
                        {canPlace ? <span className="mr-1 text-xs text-muted-foreground">{n + 1}</span> : null}
                        {QUADRANT_LABELS[q]}
                      </span>
                      <span className="text-xs tabular-nums text-muted-foreground">{(data.placed[q].total + shift(q)).toLocaleString()}</span>
                    </h3>
                    <p className="text-xs text-muted-foreground">{QUADRANT_HINTS[q]}</p>
                    {items.length ? (
                      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={QUADRANT_LABELS[q]}>
                        {items.map((i) => chip(i, q))}
                      </ul>
                    ) : (
                      <p className="mt-3 text-xs text-muted-foreground">{canPlace ? "Nothing here yet: drop an item." : "Nothing here yet."}</p>
                    )}
                    {more(data.placed[q].total + shift(q), items.length)}
                  </li>
                );
              })}
            </ul>
            <p className="mt-1 hidden text-center text-xs text-muted-foreground sm:block">Effort →</p>
          </div>
        </div>
        <Card className="min-w-0 p-3" data-quadrant="unplaced">
          <h3 className="flex items-baseline justify-between text-sm font-medium">
            Not placed yet <span className="text-xs tabular-nums text-muted-foreground">{(data.unplaced.total + shift("unplaced")).toLocaleString()}</span>
          </h3>
          <p className="text-xs text-muted-foreground">
            Open items without impact or effort{data.unplaced.untriaged ? `, ${data.unplaced.untriaged.toLocaleString()} of them untriaged (listed first)` : ""}.
          </p>
          {itemsIn("unplaced").length ? (
            <ul className="mt-2 flex max-h-[26rem] flex-col items-start gap-1.5 overflow-y-auto pr-1" aria-label="Not placed yet">
              {itemsIn("unplaced").map((i) => chip(i, "unplaced"))}
            </ul>
          ) : (
            <p className="mt-3 text-xs text-muted-foreground">Every open item is placed.</p>
          )}
          {more(data.unplaced.total + shift("unplaced"), itemsIn("unplaced").length)}
        </Card>
      </div>
      {moving ? (
        <QuadrantMoveMenu
          item={moving}
          open={menuOpen}
          current={where(all.find((e) => e.item.id === moving.id) ?? { item: moving, from: "unplaced" })}
          onMove={(to) => {
            place(moving, to);
            setMenuOpen(false);
          }}
          onClose={() => setMenuOpen(false)}
          // The item's move button, in the quadrant it is now in.
          onClosed={() => document.getElementById(`quadrant-move-${moving.id}`)?.focus()}
        />
      ) : null}
    </section>
  );
}
