"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ProjectSelect } from "@/components/projects/project-select";
import type { TriageAssignee, TriageItem } from "@/lib/backlog/triage-queries";
import { cn } from "@/lib/cn";
import { ItemPanel } from "./triage-detail";
import { AssignPicker, HelpDialog, StatusPicker } from "./triage-dialogs";
import { keyToCommand, type TriageCommand } from "./triage-keys";
import { KeyHint } from "@/components/keyboard/key-hint";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { itemHref, linkButton } from "./triage-parts";
import { entryId, QueueList } from "./triage-queue-list";
import { useTriageQueue } from "./use-triage-queue";

// The triage inbox: the queue on the left, the focused item on the right, one keystroke per
// decision. This file puts the pieces together and routes keys to them; the queue and its saves
// live in use-triage-queue.ts. Below lg (a phone, a narrow window) the item sits under the queue:
// tapping an entry scrolls to it, and a decision does not scroll the page back up to the queue.

/** The width from which the queue and the item stand side by side (Tailwind's lg). */
const SIDE_BY_SIDE = "(min-width: 1024px)";

/** Scrolls the list (only the list, never the page) so that `el` is inside its visible part. */
function scrollWithinList(list: HTMLElement, el: HTMLElement) {
  const box = list.getBoundingClientRect();
  const entry = el.getBoundingClientRect();
  if (entry.top < box.top) list.scrollTop -= box.top - entry.top;
  else if (entry.bottom > box.bottom) list.scrollTop += entry.bottom - box.bottom;
}

type Props = {
  queue: TriageItem[];
  total: number;
  capped: boolean;
  assignees: TriageAssignee[];
  projects: { slug: string; name: string }[];
  project: string | null;
};

export function TriageInbox({ queue: serverQueue, total: serverTotal, capped, assignees, projects, project }: Props) {
  const router = useRouter();
  const { queue, total, announcement, focused, notice, drained, lastDecision, focus, move, setPriority, assign, setStatus, undo } = useTriageQueue({
    queue: serverQueue,
    total: serverTotal,
    assignees,
  });
  const [picker, setPicker] = useState<{ kind: "assign" | "status"; id: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  const pickerItem = picker ? (queue.find((it) => it.id === picker.id) ?? null) : null;

  function run(command: TriageCommand) {
    if (command.type === "next") return move(1);
    if (command.type === "previous") return move(-1);
    if (command.type === "help") return setHelpOpen((open) => !open);
    if (command.type === "undo") return undo();
    if (!focused) return;
    if (command.type === "priority") return setPriority(focused, command.priority);
    if (command.type === "assign") return setPicker({ kind: "assign", id: focused.id });
    if (command.type === "status") return setPicker({ kind: "status", id: focused.id });
    router.push(itemHref(focused));
  }

  // A picker's own keys (typing, Enter, Escape) belong to it, as do any other dialog's (the
  // command palette); over the help overlay only "?" works, and closes it.
  useShortcuts(keyToCommand, run, { paused: picker !== null, overOverlay: (command) => helpOpen && command.type === "help" });

  // Keep the focused entry in view; keyboard focus follows it unless it is on a control elsewhere.
  // Here, not in the list: the list remounts when items arrive after an empty spell, and that must
  // not count as the first render.
  const focusedId = focused?.id ?? null;
  const firstRender = useRef(true);
  useEffect(() => {
    const el = focusedId ? document.getElementById(entryId(focusedId)) : null;
    if (el && listRef.current) scrollWithinList(listRef.current, el);
    const active = document.activeElement;
    if (!firstRender.current && el && (active === document.body || listRef.current?.contains(active))) el.focus({ preventScroll: true });
    firstRender.current = false;
  }, [focusedId]);

  return (
    <>
      <PageHeader
        title="Triage"
        description="Open items nobody has prioritised yet, oldest first. One key per decision; press ? for the list."
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <p className="rounded-full bg-muted px-2.5 py-1 text-sm font-medium">
              <span data-testid="triage-count" className="tabular-nums">
                {capped ? "10,000+" : total.toLocaleString("en")}
              </span>{" "}
              waiting
            </p>
            <ProjectFilter projects={projects} value={project} onChange={(slug) => router.push(slug ? `/triage?project=${encodeURIComponent(slug)}` : "/triage")} />
            <Button size="sm" variant="secondary" disabled={!lastDecision} aria-keyshortcuts="U Control+Z Meta+Z" title={lastDecision ? `Undo: ${lastDecision.message}` : "Nothing to undo"} onClick={() => undo()}>
              Undo <KeyHint>u</KeyHint>
            </Button>
            {/* Phones have no keys to press: the list is for keyboards (768 px and up, as on the backlog). */}
            <Button size="sm" variant="ghost" className="hidden md:inline-flex" aria-keyshortcuts="?" aria-expanded={helpOpen} onClick={() => setHelpOpen(true)}>
              Shortcuts <KeyHint>?</KeyHint>
            </Button>
          </div>
        }
      />
      <p aria-live="polite" role="status" className="sr-only" data-testid="triage-announcement">
        {announcement}
      </p>
      {focused ? (
        <div className="grid items-start gap-4 lg:grid-cols-[minmax(15rem,22rem)_minmax(0,1fr)]">
          <QueueList
            items={queue}
            focusedId={focused.id}
            total={total}
            listRef={listRef}
            onFocus={(id) => {
              focus(id);
              // One column: the item is below the queue, out of sight; bring it up (under the top bar).
              if (!window.matchMedia(SIDE_BY_SIDE).matches) document.getElementById("triage-item")?.scrollIntoView({ block: "start" });
            }}
          />
          <div id="triage-item" className="min-w-0 scroll-mt-16">
            <ItemPanel
              item={focused}
              notice={notice}
              onPriority={(p) => setPriority(focused, p)}
              onAssign={() => setPicker({ kind: "assign", id: focused.id })}
              onStatus={() => setPicker({ kind: "status", id: focused.id })}
            />
          </div>
        </div>
      ) : drained ? (
        <Card className="p-8 text-center text-sm text-muted-foreground" role="status">
          Loading the next items…
        </Card>
      ) : (
        <InboxZero project={project} />
      )}
      {pickerItem && picker?.kind === "assign" ? (
        <AssignPicker
          item={pickerItem}
          assignees={assignees}
          onPick={(id) => {
            setPicker(null);
            assign(pickerItem, id);
          }}
          onClose={() => setPicker(null)}
        />
      ) : null}
      {pickerItem && picker?.kind === "status" ? (
        <StatusPicker
          item={pickerItem}
          onPick={(status, reason) => {
            setPicker(null);
            setStatus(pickerItem, status, reason);
          }}
          onClose={() => setPicker(null)}
        />
      ) : null}
      <HelpDialog open={helpOpen} onOpenChange={setHelpOpen} />
    </>
  );
}

function ProjectFilter({ projects, value, onChange }: { projects: Props["projects"]; value: string | null; onChange: (slug: string) => void }) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="triage-project" className="text-sm text-muted-foreground">
        Project
      </label>
      {/* Uncontrolled: the page remounts the inbox for the new project, so it shows the new value then. */}
      <ProjectSelect id="triage-project" className="h-8 w-52" defaultValue={value ?? ""} onChange={(e) => onChange(e.target.value)} projects={projects} valueBy="slug" noneLabel="All projects" />
    </div>
  );
}

function InboxZero({ project }: { project: string | null }) {
  return (
    <Card className="flex flex-col items-center gap-2 px-6 py-16 text-center">
      <h2 className="text-lg font-semibold">Inbox zero — nothing waits for triage</h2>
      <p className="max-w-md text-sm text-muted-foreground">New and imported items show up here until someone gives them a priority.</p>
      <Link href={project ? `/backlog?project=${encodeURIComponent(project)}` : "/backlog"} className={cn(linkButton, "mt-3")}>
        Open the backlog
      </Link>
    </Card>
  );
}
