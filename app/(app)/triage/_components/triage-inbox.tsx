"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Command } from "cmdk";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useReducer, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { toast } from "sonner";
import { PriorityBadge, StatusBadge } from "@/components/backlog/badges";
import { conflictMessage, conflictOf, type ConflictCurrent } from "@/components/backlog/conflict";
import { Markdown } from "@/components/markdown";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { updateItemAction } from "@/lib/backlog/actions";
import { formatEffort, PRIORITY_LABELS, SEVERITY_LABELS, STATUS_LABELS, type Priority, type Status } from "@/lib/backlog/labels";
import type { TriageAssignee, TriageItem } from "@/lib/backlog/triage-queries";
import { cn } from "@/lib/cn";
import type { ActionError, ActionResult } from "@/lib/result";
import { keyToCommand, TRIAGE_SHORTCUTS, type TriageCommand } from "./triage-keys";

// The triage inbox: the queue on the left, the focused item on the right, one keystroke per
// decision. Decisions apply at once (the item leaves the list before the server answers), are
// saved one after another so each carries the version the previous save produced, and can be
// undone while their toast shows.

const UNDO_MS = 6_000;
const PRIORITIES: Priority[] = ["P0", "P1", "P2", "P3"];
const STATUSES: Status[] = ["not_started", "in_progress", "blocked", "done", "wont_do"];
const CLOSED: Status[] = ["done", "wont_do"];
const DESCRIPTION_CHARS = 2_000;

/** What a triage decision writes; undo writes the same fields back (priority back to null). */
type Changes = { priority?: Priority | null; assigneeId?: string | null; status?: Status; blockedReason?: string | null };

type Decision = {
  id: number;
  /** The entry as it was before, to put back on undo. */
  item: TriageItem;
  /** Its place in the queue then. */
  index: number;
  before: Changes;
  /** The decision took the item out of the inbox. */
  removed: boolean;
  message: string;
  at: number;
  toastId?: string | number;
};

type Props = {
  queue: TriageItem[];
  total: number;
  capped: boolean;
  assignees: TriageAssignee[];
  projects: { slug: string; name: string }[];
  project: string | null;
};

const itemHref = (item: TriageItem) => `/backlog/${item.projectSlug}/${encodeURIComponent(item.key)}`;
const entryId = (id: string) => `triage-entry-${id}`;
const leavesInbox = (changes: Changes) => !!changes.priority || (!!changes.status && CLOSED.includes(changes.status));

/** The values `changes` will overwrite, read from the entry: undo writes these back. */
function previousValues(item: TriageItem, changes: Changes): Changes {
  const out: Changes = {};
  if (changes.priority !== undefined) out.priority = null; // everything in the inbox is untriaged
  if (changes.assigneeId !== undefined) out.assigneeId = item.assigneeId;
  if (changes.status !== undefined) {
    out.status = item.status;
    out.blockedReason = item.blockedReason;
  }
  return out;
}

/** How `changes` show on a queue entry. */
function entryFields(changes: Changes, assigneeName: string | null): Partial<TriageItem> {
  const out: Partial<TriageItem> = {};
  if (changes.assigneeId !== undefined) Object.assign(out, { assigneeId: changes.assigneeId, assigneeName });
  if (changes.status !== undefined) Object.assign(out, { status: changes.status, blockedReason: changes.status === "blocked" ? (changes.blockedReason ?? null) : null });
  return out;
}

type ItemNow = ConflictCurrent & Partial<Pick<TriageItem, "title" | "description" | "categoryPath" | "status" | "blockedReason" | "severity" | "effortHours" | "impact" | "assigneeId">> & { priority?: Priority | null };

/** The entry as someone else left it (from a conflict's current values), and whether it still needs triage. */
function entryFromConflict(item: TriageItem, current: ConflictCurrent, nameOf: (id: string | null) => string | null) {
  const now = current as ItemNow;
  const pick = <K extends keyof ItemNow & keyof TriageItem>(k: K) => (now[k] !== undefined ? now[k] : item[k]) as TriageItem[K];
  const description = pick("description");
  const assigneeId = pick("assigneeId");
  const entry: TriageItem = {
    ...item,
    title: pick("title"),
    description: description.slice(0, DESCRIPTION_CHARS),
    descriptionTruncated: now.description !== undefined ? description.length > DESCRIPTION_CHARS : item.descriptionTruncated,
    categoryPath: pick("categoryPath"),
    status: pick("status"),
    blockedReason: pick("blockedReason"),
    severity: pick("severity"),
    effortHours: pick("effortHours"),
    impact: pick("impact"),
    assigneeId,
    assigneeName: assigneeId === item.assigneeId ? item.assigneeName : nameOf(assigneeId),
    version: now.version,
  };
  return { entry, untriaged: (now.priority ?? null) === null && !CLOSED.includes(entry.status) };
}

// ---- Queue state -------------------------------------------------------------------------------

type State = {
  queue: TriageItem[];
  total: number;
  focusId: string | null;
  /** Taken out here; kept out of refreshed server lists even if their save has not landed yet. */
  hidden: string[];
  announcement: string;
  notice: { id: string; message: string } | null;
};

type Action =
  | { type: "sync"; queue: TriageItem[]; total: number }
  | { type: "focus"; id: string }
  | { type: "move"; by: 1 | -1 }
  | { type: "patch"; id: string; fields: Partial<TriageItem> }
  | { type: "remove"; id: string }
  /** Make the queue show `item` (inserted at `index` and focused if missing), or drop it if !keep. */
  | { type: "place"; item: TriageItem; index: number; keep: boolean }
  | { type: "announce"; message: string; count?: boolean }
  | { type: "notice"; notice: State["notice"] };

const focusIndex = (s: State) => Math.max(0, s.queue.findIndex((it) => it.id === s.focusId));

function reducer(s: State, a: Action): State {
  switch (a.type) {
    case "sync": {
      const queue = a.queue.filter((it) => !s.hidden.includes(it.id));
      return { ...s, queue, total: Math.max(0, a.total - (a.queue.length - queue.length)) };
    }
    case "focus":
      return { ...s, focusId: a.id };
    case "move": {
      const next = s.queue[Math.min(Math.max(focusIndex(s) + a.by, 0), s.queue.length - 1)];
      return next ? { ...s, focusId: next.id } : s;
    }
    case "patch":
      return { ...s, queue: s.queue.map((it) => (it.id === a.id ? { ...it, ...a.fields } : it)) };
    case "remove": {
      const i = s.queue.findIndex((it) => it.id === a.id);
      if (i < 0) return s;
      const queue = s.queue.filter((it) => it.id !== a.id);
      // The focus moves on to the next item (or back, at the end), as a reader's eye does.
      const focusId = s.queue[focusIndex(s)]?.id === a.id ? ((queue[i] ?? queue[i - 1])?.id ?? null) : s.focusId;
      return { ...s, queue, total: Math.max(0, s.total - 1), focusId, hidden: [...s.hidden, a.id] };
    }
    case "place": {
      const present = s.queue.some((it) => it.id === a.item.id);
      if (!a.keep) return present ? reducer(s, { type: "remove", id: a.item.id }) : s;
      if (present) return reducer(s, { type: "patch", id: a.item.id, fields: a.item });
      const queue = [...s.queue.slice(0, a.index), a.item, ...s.queue.slice(a.index)];
      return { ...s, queue, total: s.total + 1, focusId: a.item.id, hidden: s.hidden.filter((id) => id !== a.item.id) };
    }
    case "announce":
      return { ...s, announcement: a.count === false ? a.message : `${a.message} · ${s.total} left` };
    case "notice":
      return { ...s, notice: a.notice };
  }
}

/** A failed call (network, server restart) reads like a refused one, so the queue is put right. */
async function save(id: string, version: number, changes: Changes): Promise<ActionResult<{ version: number }>> {
  try {
    return await updateItemAction({ id, version, changes });
  } catch {
    return { ok: false, error: { code: "unavailable", message: "Could not reach the server; nothing was saved." } };
  }
}

// ---- The inbox ---------------------------------------------------------------------------------

export function TriageInbox({ queue: serverQueue, total: serverTotal, capped, assignees, projects, project }: Props) {
  const router = useRouter();
  const [state, dispatch] = useReducer(reducer, null, () => ({
    queue: serverQueue,
    total: serverTotal,
    focusId: serverQueue[0]?.id ?? null,
    hidden: [],
    announcement: "",
    notice: null,
  }));
  // A fresh server list (live updates, the next batch) replaces the queue; focus and undo stay.
  const [source, setSource] = useState(serverQueue);
  if (source !== serverQueue) {
    setSource(serverQueue);
    dispatch({ type: "sync", queue: serverQueue, total: serverTotal });
  }
  const [picker, setPicker] = useState<{ kind: "assign" | "status"; id: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [lastDecision, setLastDecision] = useState<Decision | null>(null);
  const saves = useRef<Promise<void>>(Promise.resolve());
  const versions = useRef(new Map<string, number>());
  const history = useRef<Decision[]>([]);
  const decisionCount = useRef(0);
  const listRef = useRef<HTMLUListElement>(null);

  const focused = state.queue[focusIndex(state)] ?? null;
  const pickerItem = picker ? (state.queue.find((it) => it.id === picker.id) ?? null) : null;
  const nameOf = (id: string | null) => (id ? (assignees.find((a) => a.id === id)?.name ?? "another user") : null);
  const versionOf = (item: TriageItem) => Math.max(versions.current.get(item.id) ?? 0, item.version);

  /** Saves run one after another: each sends the version the one before it produced. */
  const enqueue = (task: () => Promise<void>) => {
    saves.current = saves.current.then(task).catch((e: unknown) => void toast.error(e instanceof Error ? e.message : "Something went wrong."));
  };

  const fresh = (d: Decision) => Date.now() - d.at < UNDO_MS;
  const showLatest = () => setLastDecision(history.current.findLast(fresh) ?? null);
  const remember = (d: Decision) => {
    history.current = [...history.current.filter(fresh), d];
    setLastDecision(d);
    setTimeout(showLatest, UNDO_MS + 50);
  };

  /** Puts the queue right after a refused save and says why. */
  function refused(item: TriageItem, index: number, restore: TriageItem | null, error: ActionError, what: string) {
    const current = conflictOf(error);
    if (current) {
      versions.current.set(item.id, current.version);
      const { entry, untriaged } = entryFromConflict(item, current, nameOf);
      dispatch({ type: "place", item: entry, index, keep: untriaged });
    } else if (restore) {
      dispatch({ type: "place", item: restore, index, keep: true });
    }
    const message = current ? `${conflictMessage(current)} ${what} was not saved.` : `${what} was not saved: ${error.message}`;
    toast.error(message);
    dispatch({ type: "notice", notice: { id: item.id, message } });
    dispatch({ type: "announce", message, count: false });
  }

  function decide(item: TriageItem, changes: Changes, message: string) {
    const index = state.queue.findIndex((it) => it.id === item.id);
    const removed = leavesInbox(changes);
    const before = previousValues(item, changes);
    dispatch({ type: "notice", notice: null });
    if (removed) dispatch({ type: "remove", id: item.id });
    else dispatch({ type: "patch", id: item.id, fields: entryFields(changes, nameOf(changes.assigneeId ?? null)) });
    enqueue(async () => {
      const result = await save(item.id, versionOf(item), changes);
      if (!result.ok) return refused(item, index, item, result.error, `Your change to ${item.key}`);
      versions.current.set(item.id, result.data.version);
      dispatch({ type: "patch", id: item.id, fields: { version: result.data.version } });
      const decision: Decision = { id: ++decisionCount.current, item, index, before, removed, message, at: Date.now() };
      decision.toastId = toast(message, { action: { label: "Undo", onClick: () => undo(decision.id) }, duration: UNDO_MS });
      remember(decision);
      dispatch({ type: "announce", message });
    });
  }

  /** The given decision (a toast's Undo), or the latest one still within its undo time. */
  function undo(decisionId?: number) {
    enqueue(async () => {
      const decision = decisionId === undefined ? history.current.findLast(fresh) : history.current.find((d) => d.id === decisionId);
      if (!decision) return void dispatch({ type: "announce", message: "Nothing to undo", count: false });
      history.current = history.current.filter((d) => d.id !== decision.id);
      showLatest();
      // (Without an id, dismiss would close every toast.)
      if (decision.toastId !== undefined) toast.dismiss(decision.toastId);
      const { item } = decision;
      const result = await save(item.id, versionOf(item), decision.before);
      if (!result.ok) return refused(item, decision.index, null, result.error, `Undoing ${item.key}`);
      versions.current.set(item.id, result.data.version);
      if (decision.removed) dispatch({ type: "place", item: { ...item, version: result.data.version }, index: decision.index, keep: true });
      else dispatch({ type: "patch", id: item.id, fields: { ...entryFields(decision.before, item.assigneeName), version: result.data.version } });
      const message = `Undone: ${decision.message}`;
      toast(message, { duration: 3_000 });
      dispatch({ type: "announce", message });
    });
  }

  const setPriority = (item: TriageItem, priority: Priority) => decide(item, { priority }, `${item.key} set to ${priority}`);
  const assign = (item: TriageItem, assigneeId: string | null) => {
    setPicker(null);
    if (assigneeId === item.assigneeId) return;
    decide(item, { assigneeId }, assigneeId ? `${item.key} assigned to ${nameOf(assigneeId)}` : `${item.key} unassigned`);
  };
  const setStatus = (item: TriageItem, status: Status, blockedReason: string | null) => {
    setPicker(null);
    if (status === item.status && (status !== "blocked" || blockedReason === item.blockedReason)) return;
    decide(item, status === "blocked" ? { status, blockedReason } : { status }, `${item.key} set to ${STATUS_LABELS[status]}`);
  };

  function run(command: TriageCommand) {
    if (command.type === "next") return dispatch({ type: "move", by: 1 });
    if (command.type === "previous") return dispatch({ type: "move", by: -1 });
    if (command.type === "help") return setHelpOpen((open) => !open);
    if (command.type === "undo") return undo();
    if (!focused) return;
    if (command.type === "priority") return setPriority(focused, command.priority);
    if (command.type === "assign") return setPicker({ kind: "assign", id: focused.id });
    if (command.type === "status") return setPicker({ kind: "status", id: focused.id });
    router.push(itemHref(focused));
  }

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // A picker's own keys (typing, Enter, Escape) belong to it, as do any other dialog's (the
    // command palette); the help overlay only closes.
    if (event.defaultPrevented || picker) return;
    const command = keyToCommand(event);
    const inDialog = event.target instanceof Element && !!event.target.closest("[role=dialog]");
    if (!command || ((helpOpen || inDialog) && !(helpOpen && command.type === "help"))) return;
    // Also keeps the key from being typed into a picker that opens in response.
    event.preventDefault();
    // Commit now, so a second key in the same task (a fast typist, a test) acts on the new focus.
    flushSync(() => run(command));
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  // Keep the focused entry in view; keyboard focus follows it unless it is on a control elsewhere.
  const focusedId = focused?.id ?? null;
  const firstRender = useRef(true);
  useEffect(() => {
    const el = focusedId ? document.getElementById(entryId(focusedId)) : null;
    el?.scrollIntoView({ block: "nearest" });
    const active = document.activeElement;
    if (!firstRender.current && el && (active === document.body || listRef.current?.contains(active))) el.focus({ preventScroll: true });
    firstRender.current = false;
  }, [focusedId]);

  // The queue shows the oldest 200; once they are done, fetch the next ones after the saves land.
  const drained = state.queue.length === 0 && state.total > 0;
  useEffect(() => {
    if (!drained) return;
    let live = true;
    void saves.current.then(() => live && router.refresh());
    return () => {
      live = false;
    };
  }, [drained, source, router]);

  const notice = state.notice && focused && state.notice.id === focused.id ? state.notice.message : null;

  return (
    <>
      <PageHeader
        title="Triage"
        description="Open items nobody has prioritised yet, oldest first. One key per decision; press ? for the list."
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <p className="rounded-full bg-muted px-2.5 py-1 text-sm font-medium">
              <span data-testid="triage-count" className="tabular-nums">
                {capped ? "10,000+" : state.total.toLocaleString("en")}
              </span>{" "}
              waiting
            </p>
            <ProjectFilter projects={projects} value={project} onChange={(slug) => router.push(slug ? `/triage?project=${encodeURIComponent(slug)}` : "/triage")} />
            <Button size="sm" variant="secondary" disabled={!lastDecision} aria-keyshortcuts="U Control+Z Meta+Z" title={lastDecision ? `Undo: ${lastDecision.message}` : "Nothing to undo"} onClick={() => undo()}>
              Undo <Kbd>u</Kbd>
            </Button>
            <Button size="sm" variant="ghost" aria-keyshortcuts="?" aria-expanded={helpOpen} onClick={() => setHelpOpen(true)}>
              Shortcuts <Kbd>?</Kbd>
            </Button>
          </div>
        }
      />
      <p aria-live="polite" role="status" className="sr-only" data-testid="triage-announcement">
        {state.announcement}
      </p>
      {focused ? (
        <div className="grid items-start gap-4 lg:grid-cols-[minmax(15rem,22rem)_minmax(0,1fr)]">
          <QueueList items={state.queue} focusedId={focused.id} total={state.total} listRef={listRef} onFocus={(id) => dispatch({ type: "focus", id })} />
          <ItemPanel
            item={focused}
            notice={notice}
            onPriority={(p) => setPriority(focused, p)}
            onAssign={() => setPicker({ kind: "assign", id: focused.id })}
            onStatus={() => setPicker({ kind: "status", id: focused.id })}
          />
        </div>
      ) : drained ? (
        <Card className="p-8 text-center text-sm text-muted-foreground" role="status">
          Loading the next items…
        </Card>
      ) : (
        <InboxZero project={project} />
      )}
      {pickerItem && picker?.kind === "assign" ? (
        <AssignPicker item={pickerItem} assignees={assignees} onPick={(id) => assign(pickerItem, id)} onClose={() => setPicker(null)} />
      ) : null}
      {pickerItem && picker?.kind === "status" ? (
        <StatusPicker item={pickerItem} onPick={(status, reason) => setStatus(pickerItem, status, reason)} onClose={() => setPicker(null)} />
      ) : null}
      <HelpDialog open={helpOpen} onOpenChange={setHelpOpen} />
    </>
  );
}

// ---- Pieces ------------------------------------------------------------------------------------

function Kbd({ children }: { children: ReactNode }) {
  // Hidden from assistive tech: the control's aria-keyshortcuts says the same thing properly.
  return (
    <kbd aria-hidden className="rounded border border-border bg-muted px-1 font-mono text-[0.7rem] leading-4 font-normal text-muted-foreground">
      {children}
    </kbd>
  );
}

const linkButton = "inline-flex h-8 items-center gap-1.5 rounded-md border border-border bg-surface px-2.5 text-sm font-medium whitespace-nowrap transition-colors hover:bg-muted";

function ProjectFilter({ projects, value, onChange }: { projects: Props["projects"]; value: string | null; onChange: (slug: string) => void }) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="triage-project" className="text-sm text-muted-foreground">
        Project
      </label>
      {/* Uncontrolled: the page remounts the inbox for the new project, so it shows the new value then. */}
      <Select id="triage-project" className="h-8 w-52" defaultValue={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        <option value="">All projects</option>
        {projects.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </Select>
    </div>
  );
}

function QueueList({
  items,
  focusedId,
  total,
  listRef,
  onFocus,
}: {
  items: TriageItem[];
  focusedId: string;
  total: number;
  listRef: React.RefObject<HTMLUListElement | null>;
  onFocus: (id: string) => void;
}) {
  return (
    <Card className="overflow-hidden">
      <p className="flex justify-between border-b border-border px-3 py-2 text-xs text-muted-foreground">
        <span>Oldest first</span>
        {total > items.length ? (
          <span>
            showing {items.length} of {total.toLocaleString("en")}
          </span>
        ) : null}
      </p>
      <ul ref={listRef} aria-label="Triage queue" className="max-h-[calc(100vh-13rem)] divide-y divide-border overflow-y-auto">
        {items.map((item) => {
          const current = item.id === focusedId;
          return (
            <li key={item.id}>
              {/* One tab stop for the whole list (roving tabindex); j/k move between entries. */}
              <button
                id={entryId(item.id)}
                type="button"
                tabIndex={current ? 0 : -1}
                aria-current={current ? "true" : undefined}
                onClick={() => onFocus(item.id)}
                // Inset, or the scrolling list would clip the global focus ring (an unlayered rule
                // that utility classes cannot override).
                style={{ outlineOffset: -2 }}
                className={cn(
                  "block w-full border-l-2 px-3 py-2.5 text-left transition-colors hover:bg-muted/60",
                  current ? "border-l-primary bg-muted" : "border-l-transparent",
                )}
              >
                <span className="flex items-center gap-2 text-xs text-muted-foreground">
                  <span className="font-mono text-foreground/80">{item.key}</span>
                  <span className="truncate">{item.projectName}</span>
                  {item.recentImport ? <span className="ml-auto shrink-0 rounded bg-primary/10 px-1.5 text-[0.7rem] font-medium text-primary">new</span> : null}
                </span>
                <span className="mt-0.5 line-clamp-2 block text-sm font-medium">{item.title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

function ItemPanel({
  item,
  notice,
  onPriority,
  onAssign,
  onStatus,
}: {
  item: TriageItem;
  notice: string | null;
  onPriority: (p: Priority) => void;
  onAssign: () => void;
  onStatus: () => void;
}) {
  const facts: [string, ReactNode][] = [
    ["Status", <StatusLine key="s" item={item} />],
    ["Assignee", item.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>],
    ["Category", item.categoryPath.length ? item.categoryPath.join(" › ") : "—"],
    ["Severity", item.severity ? SEVERITY_LABELS[item.severity] : "—"],
    ["Effort", formatEffort(item.effortHours)],
    ["Impact", item.impact ? `${item.impact} of 5` : "—"],
    ["Checklist", item.checklistTotal ? `${item.checklistDone} of ${item.checklistTotal} done` : "None"],
    ["Source", item.sourceImportFileName ? `Imported from ${item.sourceImportFileName}` : "Created by hand"],
    ["Created", <time key="c" dateTime={item.createdAt}>{item.createdAt.slice(0, 10)}</time>],
  ];
  return (
    <Card className="min-w-0 p-5" role="region" aria-labelledby="triage-item-title">
      <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        <span className="font-mono text-foreground">{item.key}</span>
        <span aria-hidden>·</span>
        <span>{item.projectName}</span>
        <PriorityBadge priority={null} />
        {item.recentImport ? <Badge className="border-primary/40 text-primary">New from import</Badge> : null}
      </div>
      <h2 id="triage-item-title" className="mt-2 text-lg leading-snug font-semibold">
        {item.title}
      </h2>
      {notice ? (
        <p role="alert" className="mt-3 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
          {notice}
        </p>
      ) : null}
      <div role="group" aria-label="Decide" className="mt-4 flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Set priority" className="flex gap-1">
          {PRIORITIES.map((p) => (
            <Button key={p} size="sm" variant="secondary" aria-keyshortcuts={p.slice(1)} title={PRIORITY_LABELS[p]} onClick={() => onPriority(p)}>
              {p} <Kbd>{p.slice(1)}</Kbd>
            </Button>
          ))}
        </div>
        <Button size="sm" variant="secondary" aria-keyshortcuts="A" aria-haspopup="dialog" onClick={onAssign}>
          Assign <Kbd>a</Kbd>
        </Button>
        <Button size="sm" variant="secondary" aria-keyshortcuts="S" aria-haspopup="dialog" onClick={onStatus}>
          Status <Kbd>s</Kbd>
        </Button>
        <Link href={itemHref(item)} aria-keyshortcuts="E" className={linkButton}>
          Open <Kbd>e</Kbd>
        </Link>
      </div>
      <dl className="mt-5 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1.5 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted-foreground">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="triage-description" className="mt-5 border-t border-border pt-4">
        <h3 id="triage-description" className="mb-2 text-sm font-medium text-muted-foreground">
          Description
        </h3>
        {item.description.trim() ? <Markdown>{item.description}</Markdown> : <p className="text-sm text-muted-foreground">No description.</p>}
        {item.descriptionTruncated ? (
          <p className="mt-2 text-xs text-muted-foreground">
            Shortened here;{" "}
            <Link href={itemHref(item)} className="text-primary underline-offset-4 hover:underline">
              open the item
            </Link>{" "}
            for the rest.
          </p>
        ) : null}
      </section>
    </Card>
  );
}

function StatusLine({ item }: { item: TriageItem }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <StatusBadge status={item.status} />
      {item.status === "blocked" && item.blockedReason ? <span className="text-muted-foreground">— {item.blockedReason}</span> : null}
    </span>
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

// ---- Dialogs: a small modal with a type-to-filter listbox (cmdk) -------------------------------

function Modal({ title, open = true, onOpenChange, children }: { title: ReactNode; open?: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/30 dark:bg-black/60" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed top-[15vh] left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-surface text-foreground shadow-xl"
        >
          <Dialog.Title className="border-b border-border px-4 py-2.5 text-sm font-medium">{title}</Dialog.Title>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

type Option = { id: string; label: string; detail?: string; current?: boolean };

/** Type to filter, arrows to move, Enter to choose; Escape closes the dialog around it. */
const optionValue = (o: Option) => `${o.label} ${o.detail ?? ""}`.trim();

function OptionList({ label, placeholder, options, onPick }: { label: string; placeholder: string; options: Option[]; onPick: (id: string) => void }) {
  const current = options.find((o) => o.current);
  return (
    // Starts on the current value; typing moves the selection to the best match.
    <Command label={label} loop defaultValue={current ? optionValue(current) : undefined}>
      <Command.Input placeholder={placeholder} className="h-10 w-full border-b border-border bg-transparent px-4 text-sm placeholder:text-muted-foreground" />
      <Command.List className="max-h-72 overflow-y-auto p-1.5">
        <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">No match.</Command.Empty>
        {options.map((o) => (
          <Command.Item
            key={o.id}
            // What typing matches (and, unique per option, what cmdk tells options apart by).
            value={optionValue(o)}
            onSelect={() => onPick(o.id)}
            className="flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm data-[selected=true]:bg-muted"
          >
            <span className="flex-1 truncate">{o.label}</span>
            {o.detail ? <span className="truncate text-xs text-muted-foreground">{o.detail}</span> : null}
            {o.current ? <span className="rounded border border-border px-1 text-[0.7rem] text-muted-foreground">current</span> : null}
          </Command.Item>
        ))}
      </Command.List>
    </Command>
  );
}

function AssignPicker({ item, assignees, onPick, onClose }: { item: TriageItem; assignees: TriageAssignee[]; onPick: (id: string | null) => void; onClose: () => void }) {
  const NONE = "none";
  const options: Option[] = [
    { id: NONE, label: "Unassigned", current: !item.assigneeId },
    ...assignees.map((a) => ({ id: a.id, label: a.name, detail: a.email, current: a.id === item.assigneeId })),
  ];
  return (
    <Modal title={`Assign ${item.key}`} onOpenChange={(open) => !open && onClose()}>
      <OptionList label="Engineers and leads" placeholder="Type a name…" options={options} onPick={(id) => onPick(id === NONE ? null : id)} />
    </Modal>
  );
}

function StatusPicker({ item, onPick, onClose }: { item: TriageItem; onPick: (status: Status, reason: string | null) => void; onClose: () => void }) {
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState(item.blockedReason ?? "");
  const options: Option[] = STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s], detail: CLOSED.includes(s) ? "leaves the inbox" : undefined, current: s === item.status }));
  return (
    <Modal title={askReason ? `Why is ${item.key} blocked?` : `Status of ${item.key}`} onOpenChange={(open) => !open && onClose()}>
      {askReason ? (
        <form
          className="space-y-3 p-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) onPick("blocked", reason.trim());
          }}
        >
          <label htmlFor="triage-blocked-reason" className="block text-sm font-medium">
            What is it waiting for?
          </label>
          {/* The list this replaces held the focus; hand it to the field that needs typing next. */}
          <Input id="triage-blocked-reason" autoFocus required maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="flex justify-end gap-2">
            <Button size="sm" variant="ghost" onClick={() => setAskReason(false)}>
              Back
            </Button>
            <Button size="sm" type="submit" disabled={!reason.trim()}>
              Set blocked
            </Button>
          </div>
        </form>
      ) : (
        <OptionList label="Statuses" placeholder="Type a status…" options={options} onPick={(s) => (s === "blocked" ? setAskReason(true) : onPick(s as Status, null))} />
      )}
    </Modal>
  );
}

function HelpDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Modal title="Keyboard shortcuts" open={open} onOpenChange={onOpenChange}>
      <table className="w-full text-sm">
        <tbody>
          {TRIAGE_SHORTCUTS.map((s) => (
            <tr key={s.does} className="border-b border-border last:border-0">
              <th scope="row" className="px-4 py-2 text-left font-normal whitespace-nowrap">
                <span className="inline-flex gap-1">
                  {s.keys.map((k) => (
                    <kbd key={k} className="rounded border border-border bg-muted px-1.5 font-mono text-xs">
                      {k}
                    </kbd>
                  ))}
                </span>
              </th>
              <td className="px-4 py-2 text-muted-foreground">{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-border px-4 py-2.5 text-xs text-muted-foreground">
        Shortcuts pause while you type in a field. Each decision can be undone for {UNDO_MS / 1000} seconds.
      </p>
    </Modal>
  );
}
