"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ConflictNotice, conflictOf, type ConflictCurrent } from "@/components/backlog/conflict";
import { KeyHint } from "@/components/keyboard/key-hint";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { updateItemAction } from "@/lib/backlog/actions";
import { FIELD_LABELS, changedFields, currentValues, errorsByField, toFormValues, type Changes, type EditableItem, type Field } from "./edit-values";
import { EditItemFields } from "./edit-item-fields";
import { EDIT_FIELD, isEditCommand, itemCommand } from "./item-keys";
import { useFormatTime } from "@/components/local-time";
import { useTimeZone } from "@/components/time/time-zone";
import { useItemAction } from "@/components/use-item-action";

export type Option = { id: string; name: string };
export type ProjectChoice = Option & { slug: string };

/**
 * The description card, which a lead can turn into the edit form for every field. The form sends
 * the version it started from and only the fields that changed; if someone saved first, it shows
 * who, their values, and offers to apply this change on top.
 */
export function EditItem({
  item,
  users,
  projects,
  children,
}: {
  item: EditableItem & { id: string; key: string; version: number };
  users: Option[];
  projects: ProjectChoice[];
  /** The rendered description, shown while not editing. */
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // The field the form focuses when it opens: the title, or the one an edit key asked for.
  const [focusField, setFocusField] = useState<Field>("title");
  const editButton = useRef<HTMLButtonElement>(null);
  // "e", "a" and "p" open the form at the title, assignee or priority (item-keys.ts).
  useShortcuts(
    (event) => {
      const command = itemCommand(event, { status: false, edit: true });
      return command && isEditCommand(command) ? EDIT_FIELD[command] : null;
    },
    (field) => {
      if (open) return document.getElementById(`edit-${field}`)?.focus();
      setFocusField(field);
      setOpen(true);
    },
  );
  const close = () => {
    setOpen(false);
    // Back to where the keyboard user was, not to the top of the page.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (open) return <EditForm item={item} users={users} projects={projects} focusField={focusField} onClose={close} />;
  return (
    <Card className="p-4">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="font-medium">Description</h2>
        <Button
          ref={editButton}
          size="sm"
          variant="secondary"
          aria-keyshortcuts="E"
          onClick={() => {
            setFocusField("title");
            setOpen(true);
          }}
        >
          <Pencil aria-hidden className="size-3.5" /> Edit item <KeyHint>e</KeyHint>
        </Button>
      </div>
      {children}
    </Card>
  );
}

function EditForm({
  item,
  users,
  projects,
  focusField,
  onClose,
}: {
  item: EditableItem & { id: string; key: string; version: number };
  users: Option[];
  projects: ProjectChoice[];
  focusField: Field;
  onClose: () => void;
}) {
  const router = useRouter();
  const { pending, run } = useItemAction();
  // The values the form started from: what "changed" means, even after the page refreshes.
  const zone = useTimeZone();
  const formatTime = useFormatTime();
  const [initial] = useState(() => toFormValues(item, zone));
  // ...and the version they belong to: a live refresh must not turn this edit into an overwrite.
  const [baseVersion] = useState(item.version);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictCurrent | null>(null);
  const changes = changedFields(initial, values, zone);
  // After the title's autoFocus, so a key that asked for another field wins.
  useEffect(() => {
    if (focusField !== "title") document.getElementById(`edit-${focusField}`)?.focus();
  }, [focusField]);
  const changedNames = Object.keys(changes) as Field[];

  function submit(version: number, payload: Changes) {
    setErrors({});
    setFormError(null);
    run(() => updateItemAction({ id: item.id, version, changes: payload }), {
      success: `Saved ${item.key}`,
      onSuccess: (saved) => {
        setConflict(null);
        const moved = projects.find((p) => p.id === saved.projectId);
        if (payload.projectId && moved) router.replace(`/backlog/${moved.slug}/${encodeURIComponent(saved.key)}`);
        onClose();
      },
      onError: (error) => {
        const current = conflictOf(error);
        if (current) {
          setConflict(current);
          return true;
        }
        const byField = errorsByField(error.fieldErrors);
        setErrors(byField);
        if (Object.keys(byField).length) return true;
        setFormError(error.message);
        return false;
      },
    });
  }

  return (
    <Card className="p-4">
      <h2 id="edit-item-heading" className="mb-3 font-medium">
        Edit {item.key}
      </h2>
      <form
        aria-labelledby="edit-item-heading"
        className="space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (changedNames.length) submit(baseVersion, changes);
        }}
        onKeyDown={(e) => e.key === "Escape" && !pending && onClose()}
      >
        <EditItemFields values={values} onChange={(field, v) => setValues((old) => ({ ...old, [field]: v }))} errors={errors} users={users} projects={projects} disabled={pending} />
        {formError ? (
          <p role="alert" className="text-sm text-danger">
            {formError}
          </p>
        ) : null}
        {conflict ? (
          <ConflictNotice
            current={conflict}
            fields={currentValues(conflict, changedNames, { users, projects, formatTime: (iso) => formatTime(iso) })}
            // This user's changes (against what they started from) on top of the newer version.
            onReapply={() => submit(conflict.version, changes)}
            onDismiss={() => {
              setConflict(null);
              onClose();
            }}
          />
        ) : null}
        {item.version !== baseVersion && !conflict ? (
          <p role="status" className="text-sm text-muted-foreground">
            Someone changed this item while you were editing. Saving will show you their values before anything is overwritten.
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={pending || !changedNames.length || !!conflict}>
            {pending ? "Saving…" : "Save changes"}
          </Button>
          <Button variant="ghost" disabled={pending} onClick={onClose}>
            Cancel
          </Button>
          <p className="text-xs text-muted-foreground" aria-live="polite">
            {changedNames.length ? `Changed: ${changedNames.map((f) => FIELD_LABELS[f].replace(/ \(.*\)$/, "").toLowerCase()).join(", ")}` : "No changes yet"}
          </p>
        </div>
      </form>
    </Card>
  );
}
